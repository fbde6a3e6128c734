package org.weimin.wish.application;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.weimin.demand.application.NeedsOnWishes;
import org.weimin.demand.model.DemandKind;
import org.weimin.demand.model.DemandStatus;
import org.weimin.identity.application.CommunityPeople;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Role;
import org.weimin.tenancy.model.CommunityId;
import org.weimin.wish.model.Claim;
import org.weimin.wish.model.ClaimPeriodsRepository;
import org.weimin.wish.model.ClaimStatus;
import org.weimin.wish.model.CommunityClaimPeriods;
import org.weimin.wish.model.HoursEntry;
import org.weimin.wish.model.HoursLedger;
import org.weimin.wish.model.Volunteer;
import org.weimin.wish.model.VolunteerRepository;
import org.weimin.wish.model.VolunteerTeam;
import org.weimin.wish.model.Wish;
import org.weimin.wish.model.WishPhoto;
import org.weimin.wish.model.WishRepository;

/**
 * One community's wishes, volunteers and hours in memory, with the wish use cases wired to them as the container
 * would; the need's side is a recorder of what the wish track told it.
 */
final class InMemoryWishes {

    static final CommunityId COMMUNITY = new CommunityId("test-community");
    static final Instant START = Instant.parse("2026-12-01T02:00:00Z");

    final Map<UUID, Wish> wishes = new LinkedHashMap<>();
    final Map<UUID, Claim> claims = new LinkedHashMap<>();
    final Map<UUID, Volunteer> volunteers = new LinkedHashMap<>();
    final List<HoursEntry> ledger = new ArrayList<>();
    final Map<String, CommunityPeople.Person> people = new HashMap<>();
    final Map<UUID, UUID> raisedBy = new HashMap<>();
    /** What the need's timeline was told, one line per step: "CLAIMED 李*", "LAPSED 李*", "RESOLVED ...". */
    final List<String> told = new ArrayList<>();
    Instant now = START;

    final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    final Wishes wishRepository = new Wishes();
    final Registry registry = new Registry();
    final Ledger hours = new Ledger();
    final WishAccess access = new WishAccess();
    final WishDetails details = new WishDetails();
    final ClaimWishes claiming = new ClaimWishes();
    final ActOnClaims acting = new ActOnClaims();
    final ConfirmWishes confirming = new ConfirmWishes();
    final LapseClaims lapses = new LapseClaims();

    InMemoryWishes() {
        CommunityPeople directory = new CommunityPeople() {
            @Override
            public Optional<Person> byUsername(String username) {
                return Optional.ofNullable(people.get(username));
            }
        };
        NeedsOnWishes needs = new NeedsOnWishes() {
            @Override
            public WishNeed need(UUID id) {
                return new WishNeed(id, "D261201-TESTING", "想请人帮忙换个灯泡", DemandKind.WISH, "ELDERLY", DemandStatus.TRIAGED, null,
                        raisedBy.get(id));
            }

            @Override
            public void claimed(UUID needId, String actor, String claimer, String mode, Instant at) {
                told.add("CLAIMED " + claimer);
            }

            @Override
            public void claimEnded(UUID needId, String actor, String claimer, String ending, String reason, Instant at) {
                told.add(ending + " " + claimer);
            }

            @Override
            public void fulfilled(UUID needId, String actor, String howResolved, Instant at) {
                told.add("RESOLVED " + howResolved);
            }
        };
        access.wishes = wishRepository;
        access.people = directory;
        details.wishes = wishRepository;
        details.needs = needs;
        details.people = directory;
        claiming.access = access;
        claiming.wishes = wishRepository;
        claiming.volunteers = registry;
        claiming.periods = new Periods();
        claiming.needs = needs;
        claiming.people = directory;
        claiming.details = details;
        claiming.clock = clock;
        acting.access = access;
        acting.wishes = wishRepository;
        acting.needs = needs;
        acting.details = details;
        acting.clock = clock;
        confirming.wishes = wishRepository;
        confirming.hours = hours;
        confirming.needs = needs;
        confirming.access = access;
        confirming.details = details;
        confirming.clock = clock;
        lapses.wishes = wishRepository;
        lapses.access = access;
        lapses.needs = needs;
        lapses.clock = clock;
    }

    Caller resident(String username) {
        UUID account = UUID.randomUUID();
        people.put(username, new CommunityPeople.Person(account, username, username, Set.of(Role.RESIDENT), null, null));
        return new Caller(username, username, COMMUNITY.value(), Set.of(Role.RESIDENT), null, Set.of());
    }

    Caller staff(String username) {
        people.put(username, new CommunityPeople.Person(UUID.randomUUID(), username, username, Set.of(Role.GRID_WORKER), null, null));
        return new Caller(username, username, COMMUNITY.value(), Set.of(Role.GRID_WORKER), null, Set.of());
    }

    /** A resident who is a verified volunteer. */
    Caller volunteer(String username, String name) {
        Caller caller = resident(username);
        Volunteer volunteer = new Volunteer(people.get(username).accountId(), username, name, "13800000000", List.of(), null, List.of(), now);
        volunteer.verify("staff");
        volunteers.put(volunteer.id(), volunteer);
        return caller;
    }

    /** A wish on the wall, of a need the given resident raised. */
    UUID wishOf(Caller resident, int places) {
        UUID need = UUID.randomUUID();
        raisedBy.put(need, people.get(resident.username()).accountId());
        Wish wish = new Wish(need, "D261201-TESTING", "想请人帮忙换个灯泡", "ELDERLY", "G01", "第一网格", null, true, places, "staff", now);
        wishes.put(wish.id(), wish);
        return wish.id();
    }

    Claim claimOf(String username) {
        return claims.values().stream().filter(c -> c.isActedOnBy(username)).reduce((a, b) -> b).orElseThrow();
    }

    final class Wishes implements WishRepository {

    @Override
    public void add(Wish wish) {
        wishes.put(wish.id(), wish);
    }

    @Override
    public Optional<Wish> find(UUID id) {
        return Optional.ofNullable(wishes.get(id));
    }

    @Override
    public Optional<Wish> findForClaiming(UUID id) {
        return find(id);
    }

    @Override
    public Optional<Wish> byDemand(UUID demandId) {
        return wishes.values().stream().filter(w -> w.demandId().equals(demandId)).findFirst();
    }

    @Override
    public List<Wish> page(WallFilter filter, int offset, int limit) {
        return wishes.values().stream().filter(w -> filter.statuses().contains(w.status())).skip(offset).limit(limit).toList();
    }

    @Override
    public long count(WallFilter filter) {
        return page(filter, 0, Integer.MAX_VALUE).size();
    }

    @Override
    public List<Wish> publishedStories(int limit) {
        return wishes.values().stream().filter(Wish::isStoryPublic).limit(limit).toList();
    }

    @Override
    public List<Wish> byIds(Collection<UUID> ids) {
        return ids.stream().map(wishes::get).filter(w -> w != null).toList();
    }

    @Override
    public void add(Claim claim) {
        claims.put(claim.id(), claim);
    }

    @Override
    public Optional<Claim> findClaim(UUID id) {
        return Optional.ofNullable(claims.get(id));
    }

    @Override
    public Optional<UUID> wishOfClaim(UUID claimId) {
        return findClaim(claimId).map(Claim::wishId);
    }

    @Override
    public List<Claim> claimsOf(UUID wishId) {
        return claims.values().stream().filter(c -> c.wishId().equals(wishId)).toList();
    }

    @Override
    public List<Claim> claimsOf(Collection<UUID> wishIds) {
        return claims.values().stream().filter(c -> wishIds.contains(c.wishId())).toList();
    }

    @Override
    public List<Claim> claimsActedOnBy(String username) {
        return claims.values().stream().filter(c -> c.isActedOnBy(username)).sorted(Comparator.comparing(Claim::claimedAt).reversed()).toList();
    }

    @Override
    public List<Claim> overdueClaims(Instant at, int limit) {
        return claims.values().stream().filter(c -> c.isOverdue(at)).limit(limit).toList();
    }

    @Override
    public void add(WishPhoto photo) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<WishPhoto> photosOf(UUID wishId) {
        return List.of();
    }

    @Override
    public Optional<WishPhoto> photo(UUID id) {
        return Optional.empty();
    }

    @Override
    public long photoCount(UUID claimId) {
        return 0;
    }

    }

    final class Registry implements VolunteerRepository {

    @Override
    public void add(Volunteer volunteer) {
        volunteers.put(volunteer.id(), volunteer);
    }

    @Override
    public Optional<Volunteer> find(UUID id) {
        return Optional.ofNullable(volunteers.get(id));
    }

    @Override
    public Optional<Volunteer> byAccount(UUID accountId) {
        return volunteers.values().stream().filter(v -> accountId.equals(v.accountId())).findFirst();
    }

    @Override
    public List<Volunteer> all() {
        return List.copyOf(volunteers.values());
    }

    @Override
    public List<Volunteer> byIds(Collection<UUID> ids) {
        return ids.stream().map(volunteers::get).toList();
    }

    @Override
    public void add(VolunteerTeam team) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<VolunteerTeam> findTeam(UUID id) {
        return Optional.empty();
    }

    @Override
    public List<VolunteerTeam> teams() {
        return List.of();
    }

    }

    final class Ledger implements HoursLedger {

    @Override
    public boolean book(HoursEntry entry) {
        if (ledger.stream().anyMatch(e -> e.entryKey().equals(entry.entryKey()))) {
            return false;
        }
        return ledger.add(entry);
    }

    @Override
    public Optional<HoursEntry> find(UUID id) {
        return ledger.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    @Override
    public boolean isReversed(UUID entryId) {
        return ledger.stream().anyMatch(e -> entryId.equals(e.reverses()));
    }

    @Override
    public List<HoursEntry> entriesOf(UUID volunteerId) {
        return ledger.stream().filter(e -> e.volunteerId().equals(volunteerId)).toList();
    }

    @Override
    public Map<UUID, Long> balances() {
        return ledger.stream().collect(Collectors.groupingBy(HoursEntry::volunteerId, Collectors.summingLong(HoursEntry::minutes)));
    }

    }

    final class Periods implements ClaimPeriodsRepository {

    @Override
    public Optional<CommunityClaimPeriods> current() {
        return Optional.empty();
    }

    @Override
    public void add(CommunityClaimPeriods periods) {
        throw new UnsupportedOperationException();
    }
    }
}
