package org.weimin.wish.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.weimin.demand.application.NeedChanged;
import org.weimin.demand.application.NeedsOnWishes;
import org.weimin.demand.model.Demand;
import org.weimin.demand.model.EventType;
import org.weimin.identity.application.InCommunity;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Permission;
import org.weimin.platform.application.Written;
import org.weimin.shared.ForbiddenActionException;
import org.weimin.tenancy.model.CommunityId;
import org.weimin.wish.model.Claim;
import org.weimin.wish.model.ClaimStatus;
import org.weimin.wish.model.HoursEntry;
import org.weimin.wish.model.HoursLedger;
import org.weimin.wish.model.Wish;
import org.weimin.wish.model.WishRepository;
import org.weimin.wish.model.WishStatus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The resident's answer closes the loop. A resident confirms or reopens their need as any need (on its page, or
 * back through their channel); staff may answer for a resident who told them in person. Either way the need's
 * change is what confirms the wish here, in the same transaction: the claims count and the volunteers' hours are
 * credited, once; or, not fulfilled, the wish is open again.
 */
@ApplicationScoped
public class ConfirmWishes {

    @Inject
    WishRepository wishes;

    @Inject
    HoursLedger hours;

    @Inject
    NeedsOnWishes needs;

    @Inject
    WishAccess access;

    @Inject
    WishDetails details;

    @Inject
    Clock clock;

    void onNeedChanged(@Observes NeedChanged changed) {
        EventType type = changed.event().type();
        if (type != EventType.CONFIRMED && type != EventType.REOPENED) {
            return;
        }
        UUID needId = changed.event().demandId();
        wishes.byDemand(needId).map(w -> access.forClaiming(w.id())).filter(w -> w.status() == WishStatus.FULFILLED).ifPresent(wish -> {
            List<Claim> claims = wishes.claimsOf(wish.id());
            Instant now = changed.event().at();
            if (type == EventType.CONFIRMED) {
                boolean onBehalf = "true".equals(changed.event().details().get(Demand.ON_BEHALF));
                wish.confirm(claims, changed.event().actor(), onBehalf, now);
                claims.stream().filter(c -> c.status() == ClaimStatus.CONFIRMED && c.volunteerId() != null)
                        .forEach(c -> hours.book(HoursEntry.creditFor(c, changed.event().actor(), now)));
            } else {
                wish.notFulfilled(claims, changed.event().note(), now);
            }
        });
    }

    /** Staff confirm for a resident who told them in person or on the phone; the timeline says it was on their behalf. */
    @InCommunity
    @Transactional
    public WishViews.WishDetail confirmOnBehalf(CommunityId community, Caller caller, UUID wishId) {
        caller.require(Permission.TRIAGE_NEEDS, "only the community's staff confirm for a resident");
        Wish wish = access.forClaiming(wishId);
        requireFulfilled(wish);
        needs.confirmOnBehalf(wish.demandId(), caller.username(), clock.instant());
        return details.of(caller, wish);
    }

    /** Staff record for a resident that the wish was not fulfilled, and why; it goes back to open. */
    @InCommunity
    @Transactional
    public WishViews.WishDetail notFulfilledOnBehalf(CommunityId community, Caller caller, UUID wishId,
                                                     @Written(message = "is empty: say what is still missing") String why) {
        caller.require(Permission.TRIAGE_NEEDS, "only the community's staff answer for a resident");
        Wish wish = access.forClaiming(wishId);
        requireFulfilled(wish);
        needs.reopenOnBehalf(wish.demandId(), caller.username(), why, clock.instant());
        return details.of(caller, wish);
    }

    /** The resident thanks the claimers and may share a micro-story (微故事) on the public board. */
    @InCommunity
    @Transactional
    public WishViews.WishDetail thank(CommunityId community, Caller caller, UUID wishId, String thanks, String story,
                                      boolean publishStory) {
        Wish wish = access.visible(caller, wishId);
        if (!details.raisedBy(caller, wish)) {
            throw new ForbiddenActionException("only the resident whose wish it was thanks its claimers");
        }
        wish.thank(thanks, story, publishStory);
        return details.of(caller, wish);
    }

    private static void requireFulfilled(Wish wish) {
        if (wish.status() != WishStatus.FULFILLED) {
            throw new org.weimin.wish.model.WishRuleException(org.weimin.wish.model.WishRuleException.Reason.NOT_FULFILLED_YET,
                    "the wish has not been reported fulfilled");
        }
    }
}
