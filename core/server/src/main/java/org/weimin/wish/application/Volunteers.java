package org.weimin.wish.application;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.weimin.grid.application.GridPlaces;
import org.weimin.identity.application.InCommunity;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Permission;
import org.weimin.organization.application.OrganizationsTakingOn;
import org.weimin.platform.application.Written;
import org.weimin.shared.ConflictException;
import org.weimin.shared.InvalidInputException;
import org.weimin.shared.NotFoundException;
import org.weimin.tenancy.application.CommunityDirectory;
import org.weimin.tenancy.model.CommunityId;
import org.weimin.wish.model.HoursEntry;
import org.weimin.wish.model.HoursLedger;
import org.weimin.wish.model.Volunteer;
import org.weimin.wish.model.VolunteerRepository;
import org.weimin.wish.model.VolunteerStatus;
import org.weimin.wish.model.VolunteerTeam;
import org.weimin.wish.model.Wish;
import org.weimin.wish.model.WishRepository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The volunteer registry (志愿者): residents sign up from their account, staff enter people from outside and
 * verify everyone before they claim; teams of the community's organisations; each volunteer's own record of
 * hours; the public leaderboard; and staff's corrections of hours, as reversing entries.
 */
@ApplicationScoped
public class Volunteers {

    static final int LEADERBOARD_SIZE = 20;

    /** What a volunteer tells the community about themselves. */
    public record Registration(String name, String phone, List<String> skills, String availability, List<String> grids) {
    }

    @Inject
    VolunteerRepository volunteers;

    @Inject
    HoursLedger hours;

    @Inject
    WishRepository wishes;

    @Inject
    WishAccess access;

    @Inject
    CommunityDirectory communities;

    @Inject
    ActOnClaims claims;

    @Inject
    OrganizationsTakingOn organizations;

    @Inject
    GridPlaces grids;

    @Inject
    Clock clock;

    /** A resident signs up; staff verify them before they claim. Their name is their account's. */
    @InCommunity
    @Transactional
    public WishViews.VolunteerView signUp(CommunityId community, Caller caller, Registration registration) {
        UUID account = access.accountOf(caller);
        requireKnownGrids(community, registration);
        if (volunteers.byAccount(account).isPresent()) {
            throw new ConflictException("you are registered as a volunteer already");
        }
        Volunteer volunteer = new Volunteer(account, caller.username(), caller.displayName(), registration.phone(),
                registration.skills(), registration.availability(), registration.grids(), clock.instant());
        volunteers.add(volunteer);
        return view(volunteer, Map.of(), Map.of());
    }

    /** Staff enter someone from outside the community's accounts; they vouch for them, so the volunteer is verified. */
    @InCommunity
    @Transactional
    public WishViews.VolunteerView register(CommunityId community, Caller caller, Registration registration) {
        caller.require(Permission.TRIAGE_NEEDS, "only the community's staff register volunteers from outside");
        requireKnownGrids(community, registration);
        Volunteer volunteer = new Volunteer(null, null, registration.name(), registration.phone(), registration.skills(),
                registration.availability(), registration.grids(), clock.instant());
        volunteer.verify(caller.username());
        volunteers.add(volunteer);
        return view(volunteer, Map.of(), Map.of());
    }

    @InCommunity
    @Transactional
    public WishViews.VolunteerView verify(CommunityId community, Caller caller, UUID volunteerId) {
        caller.require(Permission.TRIAGE_NEEDS, "only the community's staff verify volunteers");
        Volunteer volunteer = volunteer(volunteerId);
        volunteer.verify(caller.username());
        return view(volunteer, hours.balances(), teamNames());
    }

    @InCommunity
    @Transactional
    public WishViews.VolunteerView reject(CommunityId community, Caller caller, UUID volunteerId,
                                          @Written(message = "is empty: say why the volunteer is not verified") String reason) {
        caller.require(Permission.TRIAGE_NEEDS, "only the community's staff verify volunteers");
        Volunteer volunteer = volunteer(volunteerId);
        volunteer.reject(reason, caller.username());
        return view(volunteer, hours.balances(), teamNames());
    }

    /** The registry for staff: waiting for verification first, then by name. */
    @InCommunity
    @Transactional
    public List<WishViews.VolunteerView> list(CommunityId community, Caller caller) {
        caller.require(Permission.TRIAGE_NEEDS, "only the community's staff read the volunteer registry");
        Map<UUID, Long> balances = hours.balances();
        Map<UUID, String> teams = teamNames();
        return volunteers.all().stream()
                .sorted(Comparator.comparing((Volunteer v) -> v.status() != VolunteerStatus.PENDING).thenComparing(Volunteer::name))
                .map(v -> view(v, balances, teams)).toList();
    }

    /** A volunteer's own record: their registration, balance, every line of their hours and their claims. */
    @InCommunity
    @Transactional
    public WishViews.VolunteerRecord mine(CommunityId community, Caller caller) {
        Volunteer volunteer = volunteers.byAccount(access.accountOf(caller))
                .orElseThrow(() -> new NotFoundException("you are not registered as a volunteer"));
        return record(volunteer, claims.mine(community, caller));
    }

    /** A volunteer's hours as staff read them to correct one; their claims are on their own page. */
    @InCommunity
    @Transactional
    public WishViews.VolunteerRecord recordOf(CommunityId community, Caller caller, UUID volunteerId) {
        caller.require(Permission.TRIAGE_NEEDS, "only the community's staff read a volunteer's hours");
        return record(volunteer(volunteerId), List.of());
    }

    private WishViews.VolunteerRecord record(Volunteer volunteer, List<WishViews.ClaimView> claimsOfVolunteer) {
        List<HoursEntry> entries = hours.entriesOf(volunteer.id());
        Map<UUID, Wish> wishesById = wishes.byIds(entries.stream().map(HoursEntry::wishId).distinct().toList()).stream()
                .collect(Collectors.toMap(Wish::id, Function.identity()));
        java.util.Set<UUID> reversed = entries.stream().map(HoursEntry::reverses).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        List<WishViews.HoursLine> lines = entries.stream().map(e -> new WishViews.HoursLine(e.id(), e.wishId(),
                wishesById.containsKey(e.wishId()) ? wishesById.get(e.wishId()).text() : null, e.minutes(), e.reverses() != null,
                reversed.contains(e.id()), e.note(), e.recordedAt())).toList();
        long balance = entries.stream().mapToLong(HoursEntry::minutes).sum();
        return new WishViews.VolunteerRecord(view(volunteer, Map.of(volunteer.id(), balance), teamNames()), lines, claimsOfVolunteer);
    }

    /** A volunteer chooses whether the public leaderboard lists them. */
    @InCommunity
    @Transactional
    public WishViews.VolunteerView showOnLeaderboard(CommunityId community, Caller caller, boolean shown) {
        Volunteer volunteer = volunteers.byAccount(access.accountOf(caller))
                .orElseThrow(() -> new NotFoundException("you are not registered as a volunteer"));
        volunteer.showOnLeaderboard(shown);
        return view(volunteer, hours.balances(), teamNames());
    }

    /** The public leaderboard: verified volunteers who did not opt out, by hours, names masked. */
    @InCommunity
    @Transactional
    public List<WishViews.LeaderboardLine> leaderboard(CommunityId community) {
        communities.requireActive(community);
        Map<UUID, Long> balances = hours.balances();
        List<Volunteer> ranked = volunteers.byIds(balances.keySet()).stream()
                .filter(v -> v.isOnLeaderboard() && v.status() == VolunteerStatus.VERIFIED && balances.get(v.id()) > 0)
                .sorted(Comparator.comparing((Volunteer v) -> -balances.get(v.id())).thenComparing(Volunteer::maskedName))
                .limit(LEADERBOARD_SIZE).toList();
        return java.util.stream.IntStream.range(0, ranked.size())
                .mapToObj(i -> new WishViews.LeaderboardLine(i + 1, ranked.get(i).maskedName(), balances.get(ranked.get(i).id()))).toList();
    }

    /**
     * Corrects a credit: a reversing entry cancels it and, unless the right time is nothing, a new credit books the
     * right minutes. Nothing in the ledger is changed or removed.
     */
    @InCommunity
    @Transactional
    public WishViews.VolunteerView correctHours(CommunityId community, Caller caller, UUID entryId, int rightMinutes,
                                                @Written(message = "is empty: say why the hours are corrected") String reason) {
        caller.require(Permission.TRIAGE_NEEDS, "only the community's staff correct hours");
        HoursEntry entry = hours.find(entryId).orElseThrow(() -> new NotFoundException("no hours entry " + entryId + " here"));
        if (hours.isReversed(entryId)) {
            throw new ConflictException("this entry has been corrected already; correct the newest entry");
        }
        var now = clock.instant();
        HoursEntry reversal = entry.reversal(reason, caller.username(), now);
        HoursEntry correction = rightMinutes == 0 ? null : HoursEntry.correction(reversal, rightMinutes, caller.username(), now);
        hours.book(reversal);
        if (correction != null) {
            hours.book(correction);
        }
        return view(volunteer(entry.volunteerId()), hours.balances(), teamNames());
    }

    @InCommunity
    @Transactional
    public List<WishViews.TeamView> teams(CommunityId community, Caller caller) {
        caller.require(Permission.TRIAGE_NEEDS, "only the community's staff manage volunteer teams");
        List<Volunteer> all = volunteers.all();
        return volunteers.teams().stream().map(t -> teamView(t, all)).toList();
    }

    @InCommunity
    @Transactional
    public WishViews.TeamView createTeam(CommunityId community, Caller caller, UUID organizationId,
                                         @Written(message = "is empty: give the team a name") String name) {
        caller.require(Permission.TRIAGE_NEEDS, "only the community's staff manage volunteer teams");
        if (organizationId == null || organizations.active(organizationId).isEmpty()) {
            throw new InvalidInputException("organizationId", "no approved organisation with this id in the community");
        }
        if (volunteers.teams().stream().anyMatch(t -> t.name().equals(name.strip()))) {
            throw new ConflictException("a team named '" + name.strip() + "' exists already");
        }
        VolunteerTeam team = new VolunteerTeam(organizationId, name, clock.instant());
        volunteers.add(team);
        return teamView(team, List.of());
    }

    /** @param teamId null takes the volunteer out of their team */
    @InCommunity
    @Transactional
    public WishViews.VolunteerView joinTeam(CommunityId community, Caller caller, UUID volunteerId, UUID teamId) {
        caller.require(Permission.TRIAGE_NEEDS, "only the community's staff manage volunteer teams");
        Volunteer volunteer = volunteer(volunteerId);
        if (teamId != null && volunteers.findTeam(teamId).isEmpty()) {
            throw new InvalidInputException("teamId", "no volunteer team with this id in the community");
        }
        volunteer.joinTeam(teamId);
        return view(volunteer, hours.balances(), teamNames());
    }

    private void requireKnownGrids(CommunityId community, Registration registration) {
        if (registration.grids() == null) {
            return;
        }
        List<String> known = grids.all(community).stream().map(GridPlaces.Place::code).toList();
        registration.grids().stream().filter(g -> g != null && !g.isBlank() && !known.contains(g.strip())).findFirst().ifPresent(g -> {
            throw new InvalidInputException("grids", "there is no grid '" + g.strip() + "' in this community");
        });
    }

    private WishViews.TeamView teamView(VolunteerTeam team, List<Volunteer> all) {
        String organization = organizations.active(team.organizationId()).map(OrganizationsTakingOn.Taker::name).orElse(null);
        int members = (int) all.stream().filter(v -> team.id().equals(v.teamId())).count();
        return new WishViews.TeamView(team.id(), team.organizationId(), organization, team.name(), members);
    }

    private Volunteer volunteer(UUID id) {
        return volunteers.find(id).orElseThrow(() -> new NotFoundException("no volunteer " + id + " here"));
    }

    private Map<UUID, String> teamNames() {
        return volunteers.teams().stream().collect(Collectors.toMap(VolunteerTeam::id, VolunteerTeam::name));
    }

    private static WishViews.VolunteerView view(Volunteer v, Map<UUID, Long> balances, Map<UUID, String> teams) {
        return WishViews.VolunteerView.of(v, v.teamId() == null ? null : teams.get(v.teamId()), balances.getOrDefault(v.id(), 0L));
    }
}
