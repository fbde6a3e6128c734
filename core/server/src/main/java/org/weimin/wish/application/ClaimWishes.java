package org.weimin.wish.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.weimin.demand.application.NeedsOnWishes;
import org.weimin.identity.application.CommunityPeople;
import org.weimin.identity.application.InCommunity;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Permission;
import org.weimin.identity.model.Role;
import org.weimin.organization.application.OrganizationsTakingOn;
import org.weimin.platform.application.Required;
import org.weimin.shared.InvalidInputException;
import org.weimin.tenancy.model.CommunityId;
import org.weimin.wish.model.Claim;
import org.weimin.wish.model.ClaimMode;
import org.weimin.wish.model.ClaimPeriodsRepository;
import org.weimin.wish.model.Claimer;
import org.weimin.wish.model.ClaimerKind;
import org.weimin.wish.model.Volunteer;
import org.weimin.wish.model.VolunteerRepository;
import org.weimin.wish.model.VolunteerTeam;
import org.weimin.wish.model.Wish;
import org.weimin.wish.model.WishRepository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Claiming a wish (认领): a verified volunteer (for themselves or their team) or a cadre claims from the wall;
 * staff give a wish to a volunteer, a team, an organisation whose type takes wishes on, or a cadre. The wish is
 * locked while a claim is decided, so that when many press at once exactly as many win as it has places.
 */
@ApplicationScoped
public class ClaimWishes {

    /** The wish modes in the order an organisation's type is matched: its most particular mode first. */
    static final List<ClaimMode> ORGANIZATION_MODES = List.of(ClaimMode.MERCHANT_RESIDENT_LINKAGE, ClaimMode.VILLAGE_PAIRING,
            ClaimMode.VOLUNTEER_MUTUAL_AID, ClaimMode.HEART_TO_HEART);

    /**
     * Whom staff give a wish to.
     *
     * @param id the volunteer, team or organisation (for a cadre: their username goes in {@code username})
     * @param memberId for a team: the member whose record gets the hours
     * @param mode for an organisation whose type takes wishes on in more than one mode
     */
    public record Assignment(ClaimerKind kind, UUID id, String username, UUID memberId, ClaimMode mode) {
    }

    @Inject
    WishAccess access;

    @Inject
    WishRepository wishes;

    @Inject
    VolunteerRepository volunteers;

    @Inject
    ClaimPeriodsRepository periods;

    @Inject
    NeedsOnWishes needs;

    @Inject
    CommunityPeople people;

    @Inject
    OrganizationsTakingOn organizations;

    @Inject
    WishDetails details;

    @Inject
    Clock clock;

    /** @param forTeam the caller's team, when they claim in its name; null for themselves */
    @InCommunity
    @Transactional
    public WishViews.WishDetail claim(CommunityId community, Caller caller, UUID wishId, UUID forTeam) {
        Wish wish = access.forClaiming(wishId);
        if (!wish.isOnWall() && !WishAccess.isStaff(caller)) {
            throw WishAccess.notFound(wishId);
        }
        if (details.raisedBy(caller, wish)) {
            throw new InvalidInputException("wishId", "a resident does not claim their own wish");
        }
        Claimer claimer = selfClaimer(caller, forTeam);
        return take(caller, wish, claimer, false);
    }

    @InCommunity
    @Transactional
    public WishViews.WishDetail assign(CommunityId community, Caller caller, UUID wishId,
                                       @Required(message = "is missing: say whom the wish goes to") Assignment to) {
        caller.require(Permission.TRIAGE_NEEDS, "only the community's staff give wishes to claimers");
        Claimer claimer = assigned(caller, to);
        return take(caller, access.forClaiming(wishId), claimer, true);
    }

    private WishViews.WishDetail take(Caller caller, Wish wish, Claimer claimer, boolean byStaff) {
        Instant now = clock.instant();
        Claim claim = wish.claim(wishes.claimsOf(wish.id()), claimer, byStaff, periods.periods(), caller.username(), now);
        wishes.add(claim);
        needs.claimed(wish.demandId(), caller.username(), claim.publicClaimerName(), claimer.mode().name(), now);
        return details.of(caller, wish);
    }

    private Claimer selfClaimer(Caller caller, UUID forTeam) {
        if (caller.roles().contains(Role.CADRE) && forTeam == null) {
            return Claimer.cadre(access.accountOf(caller), caller.username(), caller.displayName());
        }
        Volunteer volunteer = volunteers.byAccount(access.accountOf(caller))
                .orElseThrow(() -> new org.weimin.shared.ForbiddenActionException("register as a volunteer to claim wishes"));
        volunteer.requireVerified();
        if (forTeam == null) {
            return Claimer.volunteer(volunteer, caller.username());
        }
        if (!forTeam.equals(volunteer.teamId())) {
            throw new InvalidInputException("teamId", "you claim only for your own team");
        }
        return Claimer.team(team(forTeam), volunteer, caller.username());
    }

    private Claimer assigned(Caller caller, Assignment to) {
        if (to.kind() == null) {
            throw new InvalidInputException("kind", "say whom the wish goes to: VOLUNTEER, TEAM, ORGANIZATION or CADRE");
        }
        switch (to.kind()) {
            case VOLUNTEER: {
                Volunteer volunteer = verifiedVolunteer(to.id(), "id");
                return Claimer.volunteer(volunteer, volunteer.username());
            }
            case TEAM: {
                VolunteerTeam team = team(to.id());
                Volunteer member = verifiedVolunteer(to.memberId(), "memberId");
                if (!team.id().equals(member.teamId())) {
                    throw new InvalidInputException("memberId", member.name() + " is not in the team " + team.name());
                }
                return Claimer.team(team, member, member.username());
            }
            case ORGANIZATION: {
                OrganizationsTakingOn.Taker taker = to.id() == null ? null : organizations.active(to.id()).orElse(null);
                if (taker == null) {
                    throw new InvalidInputException("id", "no approved organisation with this id in the community");
                }
                return Claimer.organization(taker.id(), taker.name(), caller.username(), organizationMode(taker, to.mode()));
            }
            default: {
                CommunityPeople.Person cadre = to.username() == null ? null : people.staffMember(to.username().strip())
                        .filter(p -> p.roles().contains(Role.CADRE)).orElse(null);
                if (cadre == null) {
                    throw new InvalidInputException("username", "no cadre with this username in the community");
                }
                return Claimer.cadre(cadre.accountId(), cadre.username(), cadre.displayName());
            }
        }
    }

    /** The mode an organisation takes a wish on in: the one asked for if its type declares it, else its type's first. */
    static ClaimMode organizationMode(OrganizationsTakingOn.Taker taker, ClaimMode asked) {
        List<ClaimMode> declared = ORGANIZATION_MODES.stream().filter(m -> taker.modes().contains(m.name())).toList();
        if (declared.isEmpty()) {
            throw new InvalidInputException("id", taker.name() + "'s type does not take on wishes");
        }
        if (asked == null) {
            return declared.get(0);
        }
        if (!declared.contains(asked)) {
            throw new InvalidInputException("mode", taker.name() + " takes wishes on as " + declared.stream().map(Enum::name)
                    .collect(Collectors.joining(", ")) + " only");
        }
        return asked;
    }

    /** Who staff can give a wish to: verified volunteers, teams, organisations taking wishes on, and cadres. */
    @InCommunity
    @Transactional
    public List<WishViews.Candidate> candidates(CommunityId community, Caller caller) {
        caller.require(Permission.TRIAGE_NEEDS, "only the community's staff give wishes to claimers");
        List<ClaimMode> aid = List.of(ClaimMode.VOLUNTEER_MUTUAL_AID);
        Set<String> wishModes = ORGANIZATION_MODES.stream().map(Enum::name).collect(Collectors.toSet());
        return Stream.of(
                volunteers.all().stream().filter(v -> v.status() == org.weimin.wish.model.VolunteerStatus.VERIFIED)
                        .map(v -> new WishViews.Candidate(ClaimerKind.VOLUNTEER, v.id(), v.username(), v.name(), aid)),
                organizations.takingOn(wishModes).stream().map(t -> new WishViews.Candidate(ClaimerKind.ORGANIZATION, t.id(), null, t.name(),
                        ORGANIZATION_MODES.stream().filter(m -> t.modes().contains(m.name())).toList())),
                people.staff().stream().filter(p -> p.roles().contains(Role.CADRE))
                        .map(p -> new WishViews.Candidate(ClaimerKind.CADRE, p.accountId(), p.username(), p.displayName(), List.of(ClaimMode.HEART_TO_HEART))))
                .flatMap(s -> s).toList();
    }

    private Volunteer verifiedVolunteer(UUID id, String field) {
        Volunteer volunteer = id == null ? null : volunteers.find(id).orElse(null);
        if (volunteer == null) {
            throw new InvalidInputException(field, "no volunteer with this id in the community");
        }
        volunteer.requireVerified();
        return volunteer;
    }

    private VolunteerTeam team(UUID id) {
        return (id == null ? java.util.Optional.<VolunteerTeam>empty() : volunteers.findTeam(id))
                .orElseThrow(() -> new InvalidInputException("teamId", "no volunteer team with this id in the community"));
    }
}
