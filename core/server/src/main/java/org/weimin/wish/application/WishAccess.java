package org.weimin.wish.application;

import java.util.List;
import java.util.UUID;

import org.weimin.identity.application.CommunityPeople;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Permission;
import org.weimin.shared.ForbiddenActionException;
import org.weimin.shared.NotFoundException;
import org.weimin.wish.model.Claim;
import org.weimin.wish.model.Wish;
import org.weimin.wish.model.WishRepository;
import org.weimin.wish.model.WishStatus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Who may see and do what with the community's wishes; every wish use case asks here. */
@ApplicationScoped
public class WishAccess {

    @Inject
    WishRepository wishes;

    @Inject
    CommunityPeople people;

    /** Signed-out readers of the wall are no one's staff. */
    static boolean isStaff(Caller caller) {
        return caller != null && caller.holds(Permission.TRIAGE_NEEDS);
    }

    /** Anyone may see a wish on the wall; one kept off it only staff, its resident and its claimers. */
    Wish visible(Caller caller, UUID wishId) {
        Wish wish = wishes.find(wishId).orElseThrow(() -> notFound(wishId));
        if (wish.isOnWall() || isStaff(caller) || caller != null && isClaimer(caller, wishes.claimsOf(wishId))) {
            return wish;
        }
        throw notFound(wishId);
    }

    Wish forClaiming(UUID wishId) {
        return wishes.findForClaiming(wishId).orElseThrow(() -> notFound(wishId));
    }

    /** A claim and its wish. */
    record Locked(Wish wish, Claim claim) {
    }

    /**
     * A claim, for whoever acts on it or staff (anyone else is told it does not exist), with its wish locked
     * first so that the claim is read as it stands and no other step changes it meanwhile.
     */
    Locked claimActedOnBy(Caller caller, UUID claimId) {
        NotFoundException unknown = new NotFoundException("no claim " + claimId + " here");
        Wish wish = forClaiming(wishes.wishOfClaim(claimId).orElseThrow(() -> unknown));
        Claim claim = wishes.findClaim(claimId).orElseThrow(() -> unknown);
        if (!claim.isActedOnBy(caller.username()) && !isStaff(caller)) {
            throw unknown;
        }
        return new Locked(wish, claim);
    }

    UUID accountOf(Caller caller) {
        return people.byUsername(caller.username()).map(CommunityPeople.Person::accountId)
                .orElseThrow(() -> new ForbiddenActionException("only the community's own people do that"));
    }

    static boolean isClaimer(Caller caller, List<Claim> claims) {
        return claims.stream().anyMatch(c -> c.isActedOnBy(caller.username()));
    }

    /** Open wishes, and those claimed but not yet fulfilled, are what the wall is for. */
    static boolean isLive(Wish wish) {
        return wish.status() == WishStatus.OPEN || wish.status() == WishStatus.CLAIMED;
    }

    static NotFoundException notFound(UUID wishId) {
        return new NotFoundException("no wish " + wishId + " here");
    }
}
