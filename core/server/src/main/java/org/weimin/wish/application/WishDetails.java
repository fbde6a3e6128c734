package org.weimin.wish.application;

import java.util.List;
import java.util.UUID;

import org.weimin.demand.application.NeedsOnWishes;
import org.weimin.identity.application.CommunityPeople;
import org.weimin.identity.model.Caller;
import org.weimin.wish.model.Claim;
import org.weimin.wish.model.Wish;
import org.weimin.wish.model.WishPhoto;
import org.weimin.wish.model.WishRepository;
import org.weimin.wish.model.WishStatus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A wish on its own page, as this viewer may read it. */
@ApplicationScoped
public class WishDetails {

    @Inject
    WishRepository wishes;

    @Inject
    NeedsOnWishes needs;

    @Inject
    CommunityPeople people;

    WishViews.WishDetail of(Caller viewer, Wish wish) {
        List<Claim> claims = wishes.claimsOf(wish.id());
        boolean staff = WishAccess.isStaff(viewer);
        boolean own = viewer != null && !staff && raisedBy(viewer, wish);
        boolean insider = staff || own || viewer != null && WishAccess.isClaimer(viewer, claims);
        String username = viewer == null ? null : viewer.username();
        List<WishViews.ClaimView> shown = claims.stream().filter(c -> insider || c.status().holdsAPlace() || c.status()
                == org.weimin.wish.model.ClaimStatus.CONFIRMED).map(c -> WishViews.ClaimView.of(c, wish, username))
                .map(c -> insider ? c : publicPart(c, claims)).toList();
        List<UUID> photos = insider ? wishes.photosOf(wish.id()).stream().map(WishPhoto::id).toList() : List.of();
        boolean claimable = viewer != null && !own && wish.status() == WishStatus.OPEN && wish.isOnWall()
                && claims.stream().noneMatch(c -> c.status().holdsAPlace() && c.isActedOnBy(username));
        boolean storyShown = wish.isStoryPublic() || insider;
        boolean ownsTheNeed = staff || own;
        return new WishViews.WishDetail(WishViews.WallItem.of(wish, claims), ownsTheNeed ? wish.reference() : null,
                ownsTheNeed ? wish.demandId() : null, shown, claimable, own, staff, photos, insider || wish.isStoryPublic() ? wish.thanks() : null,
                storyShown ? wish.story() : null, wish.isStoryPublic(), wish.confirmedOnBehalf());
    }

    boolean raisedBy(Caller viewer, Wish wish) {
        NeedsOnWishes.WishNeed need = needs.need(wish.demandId());
        return need.submitterAccountId() != null && people.byUsername(viewer.username())
                .map(p -> need.submitterAccountId().equals(p.accountId())).orElse(false);
    }

    /** What the public reads of a claim: who, how, where it stands; not the proof, nor the deadlines. */
    private static WishViews.ClaimView publicPart(WishViews.ClaimView c, List<Claim> claims) {
        String name = claims.stream().filter(claim -> claim.id().equals(c.id())).findFirst().map(Claim::publicClaimerName).orElse(null);
        return new WishViews.ClaimView(c.id(), c.wishId(), c.wishText(), c.claimerKind(), name, c.mode(), c.status(),
                c.claimedAt(), null, null, null, c.fulfilledAt(), 0, null, null, false);
    }
}
