package org.weimin.demand.application;

import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

import org.weimin.demand.model.ClassificationExample;
import org.weimin.demand.model.ClassificationExampleRepository;
import org.weimin.demand.model.CommunityDeadlines;
import org.weimin.demand.model.DeadlineRepository;
import org.weimin.demand.model.Demand;
import org.weimin.demand.model.DemandEvent;
import org.weimin.demand.model.DemandFilter;
import org.weimin.demand.model.DemandPhoto;
import org.weimin.demand.model.DemandPhotoRepository;
import org.weimin.demand.model.DemandRepository;
import org.weimin.demand.model.DemandSeen;
import org.weimin.demand.model.DemandSeenRepository;
import org.weimin.demand.model.ServiceCategory;
import org.weimin.demand.model.Supporter;
import org.weimin.demand.model.SupporterRepository;
import org.weimin.grid.application.HouseholdContacts;
import org.weimin.grid.application.Households;
import org.weimin.identity.application.CommunityPeople;
import org.weimin.identity.model.Account;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Role;
import org.weimin.spi.intake.HouseholdContact;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;

/**
 * One community's demand library in memory, with the demand use cases wired to it as the container would,
 * so that their rules are tested in milliseconds.
 */
final class InMemoryLibrary {

    static final CommunityId COMMUNITY = new CommunityId("test-community");
    static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

    final Map<UUID, Demand> needs = new HashMap<>();
    final List<DemandEvent> events = new ArrayList<>();
    final List<NeedChanged> announced = new ArrayList<>();
    final Map<String, Account> accounts = new HashMap<>();
    final List<Supporter> supporters = new ArrayList<>();
    final List<DemandSeen> seen = new ArrayList<>();
    final List<ClassificationExample> examples = new ArrayList<>();
    final List<HouseholdContact> contacts = new ArrayList<>();
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    final NeedAccess access = new NeedAccess();
    final NeedDetails details = new NeedDetails();
    final NeedTimeline timeline = new NeedTimeline();
    final NeedActions actions = new NeedActions();
    final HandleNeed handle = new HandleNeed();
    final AnswerMyNeed answers = new AnswerMyNeed();
    final RecordNeeds record = new RecordNeeds();
    final TriageNeeds triage = new TriageNeeds();

    InMemoryLibrary() {
        DemandRepository demands = new Demands();
        CommunityPeople people = new People();
        access.demands = demands;
        access.people = people;
        details.demands = demands;
        details.seen = new Seen();
        details.photos = new NoPhotos();
        details.people = people;
        details.households = new NoHouseholds();
        details.clock = clock;
        details.supporters = new Supporters();
        details.deadlines = new NoDeadlinesOfItsOwn();
        timeline.demands = demands;
        timeline.changed = new Announcements();
        actions.access = access;
        actions.details = details;
        actions.timeline = timeline;
        actions.clock = clock;
        handle.actions = actions;
        handle.deadlines = new NoDeadlinesOfItsOwn();
        answers.actions = actions;
        answers.access = access;
        answers.details = details;
        answers.timeline = timeline;
        answers.supporters = new Supporters();
        answers.clock = clock;
        record.demands = demands;
        record.examples = new Examples();
        record.people = people;
        record.classifier = new DemandClassifierService();
        record.households = new NoHouseholds();
        record.householdContacts = new KeptContacts();
        record.timeline = timeline;
        record.clock = clock;
        triage.actions = actions;
        triage.deadlines = new NoDeadlinesOfItsOwn();
        triage.examples = record.examples;
        triage.classifier = record.classifier;
    }

    Caller resident(String username) {
        Account account = accounts.computeIfAbsent(username, name -> new Account(name, "居民" + name, "-", Set.of(Role.RESIDENT), UUID.randomUUID()));
        return Caller.ofAccount(COMMUNITY.value(), account);
    }

    Caller gridWorker(String username) {
        Account account = accounts.computeIfAbsent(username, name -> new Account(name, "网格员" + name, "-", Set.of(Role.GRID_WORKER), null));
        return Caller.ofAccount(COMMUNITY.value(), account);
    }

    /** A need the resident raised through the portal, as it stands after intake. */
    Demand raisedBy(Caller resident, String text, boolean publicVisible) {
        Demand need = new Demand("intake.resident-portal", null, null, accounts.get(resident.username()).id(),
                resident.displayName(), "13800000000", text, "5-1-302", org.weimin.demand.model.Urgency.NORMAL, publicVisible,
                null, NOW);
        needs.put(need.id(), need);
        return need;
    }

    private final class Demands implements DemandRepository {
        @Override
        public Optional<Demand> find(UUID id) {
            return Optional.ofNullable(needs.get(id));
        }

        @Override
        public Optional<String> referenceByOrigin(String channel, String externalId) {
            return needs.values().stream().filter(d -> channel.equals(d.channel()) && externalId.equals(d.externalId()))
                    .map(Demand::reference).findFirst();
        }

        @Override
        public Optional<UUID> idByReference(String reference) {
            return needs.values().stream().filter(d -> d.reference().equals(reference)).map(Demand::id).findFirst();
        }

        @Override
        public List<Demand> page(DemandFilter filter, Instant now, int offset, int limit) {
            return needs.values().stream().filter(d -> filter.submitter() == null || filter.submitter().equals(d.submitterAccountId()))
                    .sorted(Comparator.comparing(Demand::submittedAt).reversed()).skip(offset).limit(limit).toList();
        }

        @Override
        public long count(DemandFilter filter, Instant now) {
            return page(filter, now, 0, Integer.MAX_VALUE).size();
        }

        @Override
        public List<Demand> openSince(Instant since, int limit) {
            return needs.values().stream().filter(d -> d.status().isOpen()).limit(limit).toList();
        }

        @Override
        public void add(Demand demand) {
            needs.put(demand.id(), demand);
        }

        @Override
        public void add(DemandEvent event) {
            events.add(event);
        }

        @Override
        public List<DemandEvent> timeline(UUID demandId) {
            return events.stream().filter(e -> e.demandId().equals(demandId)).toList();
        }

        @Override
        public List<Demand> publicRequests(String channel, Collection<String> references, ServiceCategory category, Instant from,
                                           Instant to, Boolean open, int limit) {
            return needs.values().stream().filter(Demand::isPublic).limit(limit).toList();
        }

        @Override
        public List<Demand> mergedFromChannels(UUID survivorId) {
            return needs.values().stream().filter(d -> survivorId.equals(d.mergedInto()) && d.externalId() != null).toList();
        }

        @Override
        public List<Demand> resolvedBefore(Instant before, int limit) {
            return List.of();
        }

        @Override
        public List<Demand> openPastResolution(Instant now, int limit) {
            return needs.values().stream().filter(d -> d.status().isOpen() && d.resolveBy() != null && d.resolveBy().isBefore(now))
                    .sorted(java.util.Comparator.comparing(Demand::resolveBy)).limit(limit).toList();
        }
    }

    private final class People extends CommunityPeople {
        @Override
        public Optional<Person> byUsername(String username) {
            return Optional.ofNullable(accounts.get(username)).map(People::person);
        }

        @Override
        public Map<String, Person> byUsernames(Collection<String> usernames) {
            Map<String, Person> found = new HashMap<>();
            usernames.stream().map(accounts::get).filter(a -> a != null).forEach(a -> found.put(a.username(), person(a)));
            return found;
        }

        private static Person person(Account account) {
            return new Person(account.id(), account.username(), account.displayName(), account.roles(), account.householdId(),
                    account.workPhone());
        }
    }

    private final class Seen implements DemandSeenRepository {
        @Override
        public Optional<DemandSeen> seen(UUID demandId, UUID accountId) {
            return seen.stream().filter(s -> s.demandId().equals(demandId) && s.accountId().equals(accountId)).findFirst();
        }

        @Override
        public List<DemandSeen> seen(UUID accountId, Collection<UUID> demandIds) {
            return seen.stream().filter(s -> s.accountId().equals(accountId) && demandIds.contains(s.demandId())).toList();
        }

        @Override
        public void add(DemandSeen mark) {
            seen.add(mark);
        }

        @Override
        public long withNews(UUID accountId) {
            return 0;
        }
    }

    private final class Supporters implements SupporterRepository {
        @Override
        public boolean supports(UUID demandId, UUID accountId) {
            return supporters.stream().anyMatch(s -> s.demandId().equals(demandId) && s.accountId().equals(accountId));
        }

        @Override
        public void add(Supporter supporter) {
            supporters.add(supporter);
        }
    }

    private final class Examples implements ClassificationExampleRepository {
        @Override
        public void add(ClassificationExample example) {
            examples.add(example);
        }

        @Override
        public List<ClassificationExample> all() {
            return examples;
        }
    }

    private static final class NoDeadlinesOfItsOwn implements DeadlineRepository {
        @Override
        public Optional<CommunityDeadlines> current() {
            return Optional.empty();
        }

        @Override
        public void add(CommunityDeadlines deadlines) {
            throw new UnsupportedOperationException("deadlines are not set in these tests");
        }
    }

    private static final class NoPhotos implements DemandPhotoRepository {
        @Override
        public void add(DemandPhoto photo) {
            throw new UnsupportedOperationException("photos are not part of these tests");
        }

        @Override
        public List<PhotoInfo> photos(UUID demandId) {
            return List.of();
        }

        @Override
        public Optional<DemandPhoto> photo(UUID demandId, UUID photoId) {
            return Optional.empty();
        }
    }

    private static final class NoHouseholds extends Households {
        @Override
        public Optional<UUID> idOf(String reference) {
            return Optional.empty();
        }

        @Override
        public Optional<String> reference(UUID householdId) {
            return Optional.empty();
        }
    }

    private final class KeptContacts extends HouseholdContacts {
        @Override
        public void record(CommunityId community, List<HouseholdContact> given, String channel, String recordedBy) {
            contacts.addAll(given);
        }
    }

    private final class Announcements implements Event<NeedChanged> {
        @Override
        public void fire(NeedChanged event) {
            announced.add(event);
        }

        @Override
        public <U extends NeedChanged> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends NeedChanged> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<NeedChanged> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends NeedChanged> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends NeedChanged> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
