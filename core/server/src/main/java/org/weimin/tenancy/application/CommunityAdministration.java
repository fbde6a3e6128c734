package org.weimin.tenancy.application;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import org.weimin.identity.application.PlatformWide;
import org.weimin.shared.ConflictException;
import org.weimin.shared.InvalidInputException;
import org.weimin.tenancy.model.Community;
import org.weimin.tenancy.model.CommunityId;
import org.weimin.tenancy.model.CommunityRepository;
import org.weimin.tenancy.model.Population;
import org.weimin.tenancy.model.RegionPath;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The platform administrator's work on the registry of communities. */
@ApplicationScoped
public class CommunityAdministration {

    private static final Logger LOG = Logger.getLogger(CommunityAdministration.class.getName());

    /** A community was created, suspended or reactivated: what this node remembers of it goes once that is over. */
    public record CommunityChanged(CommunityId community) {
    }

    private static final long ACTIVE_TTL_MILLIS = 10_000;

    private record ActiveUntil(boolean active, long expiresAt) {
    }

    @Inject
    CommunityRepository communities;

    @Inject
    CommunityDirectory directory;

    @Inject
    Event<CommunityChanged> changed;

    @Inject
    Clock clock;

    private final Map<CommunityId, ActiveUntil> activeCache = new ConcurrentHashMap<>();

    @PlatformWide
    @Transactional
    public List<Community> all() {
        return communities.all();
    }

    /** One community by its id as typed in an address; empty for an unknown or malformed id. */
    @PlatformWide
    @Transactional
    public java.util.Optional<Community> find(String id) {
        return CommunityId.isValid(id) ? communities.find(new CommunityId(id)) : java.util.Optional.empty();
    }

    /**
     * Whether the community takes requests. Asked on every delivery, so the answer is remembered for a
     * few seconds: this node forgets it at once when it changes the community, other nodes within the TTL.
     */
    @PlatformWide
    public boolean isActive(CommunityId id) {
        long now = clock.millis();
        ActiveUntil known = activeCache.get(id);
        if (known != null && known.expiresAt() > now) {
            return known.active();
        }
        boolean active = directory.find(id).map(Community::isActive).orElse(false);
        activeCache.put(id, new ActiveUntil(active, now + ACTIVE_TTL_MILLIS));
        return active;
    }

    /** @param actor who does it, for the log */
    @PlatformWide
    @Transactional
    public Community create(NewCommunity input, String actor) {
        Community community = validate(input);
        if (communities.find(community.id()).isPresent()) {
            throw new ConflictException("a community with id '" + community.id() + "' already exists");
        }
        communities.add(community);
        changed.fire(new CommunityChanged(community.id()));
        LOG.info(() -> "community=" + community.id() + " user=" + actor + " created the community");
        return community;
    }

    @PlatformWide
    @Transactional
    public Community suspend(String id, String actor) {
        Community community = existing(id);
        try {
            community.suspend(clock.instant());
        } catch (IllegalStateException e) {
            throw new ConflictException(e.getMessage());
        }
        changed.fire(new CommunityChanged(community.id()));
        LOG.info(() -> "community=" + id + " user=" + actor + " suspended the community");
        return community;
    }

    @PlatformWide
    @Transactional
    public Community activate(String id, String actor) {
        Community community = existing(id);
        try {
            community.activate(clock.instant());
        } catch (IllegalStateException e) {
            throw new ConflictException(e.getMessage());
        }
        changed.fire(new CommunityChanged(community.id()));
        LOG.info(() -> "community=" + id + " user=" + actor + " reactivated the community");
        return community;
    }

    void forget(@Observes(during = TransactionPhase.AFTER_COMPLETION) CommunityChanged change) {
        activeCache.remove(change.community());
    }

    private Community existing(String id) {
        if (!CommunityId.isValid(id)) {
            throw new CommunityNotFoundException(id);
        }
        return communities.find(new CommunityId(id)).orElseThrow(() -> new CommunityNotFoundException(id));
    }

    private Community validate(NewCommunity input) {
        if (input == null) {
            throw new InvalidInputException("", "the request has no body");
        }
        if (!CommunityId.isValid(input.id())) {
            throw new InvalidInputException("id",
                    "id must be 2-40 lowercase letters, digits or dashes, starting with a letter");
        }
        require(input.nameZh(), "nameZh", 100);
        require(input.city(), "city", 50);
        require(input.district(), "district", 50);
        require(input.subDistrict(), "subDistrict", 50);
        if (input.nameEn() != null && input.nameEn().length() > 200) {
            throw new InvalidInputException("nameEn", "nameEn is longer than 200 characters");
        }
        int households = input.households() == null ? 0 : input.households();
        int residents = input.residents() == null ? 0 : input.residents();
        if (households < 0) {
            throw new InvalidInputException("households", "households cannot be negative");
        }
        if (residents < households) {
            throw new InvalidInputException("residents", "residents cannot be fewer than households");
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(input.timeZone() == null || input.timeZone().isBlank() ? "Asia/Shanghai" : input.timeZone());
        } catch (DateTimeException e) {
            throw new InvalidInputException("timeZone", "unknown time zone '" + input.timeZone() + "'");
        }
        String locale = input.locale() == null || input.locale().isBlank() ? "zh-CN" : input.locale();
        if (!List.of("zh-CN", "en").contains(locale)) {
            throw new InvalidInputException("locale", "locale must be zh-CN or en");
        }
        return new Community(new CommunityId(input.id()), input.nameZh(), input.nameEn(),
                new RegionPath(input.city(), input.district(), input.subDistrict()), Locale.forLanguageTag(locale),
                zone, new Population(households, residents), clock.instant());
    }

    private static void require(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, field + " is required");
        }
        if (value.length() > maxLength) {
            throw new InvalidInputException(field, field + " is longer than " + maxLength + " characters");
        }
    }
}
