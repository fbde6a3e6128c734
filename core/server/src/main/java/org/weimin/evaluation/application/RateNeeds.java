package org.weimin.evaluation.application;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.weimin.demand.application.NeedsRated;
import org.weimin.evaluation.model.EvaluationRuleException;
import org.weimin.evaluation.model.NeedRating;
import org.weimin.evaluation.model.NeedRatingRepository;
import org.weimin.evaluation.model.Satisfaction;
import org.weimin.identity.application.CommunityPeople;
import org.weimin.identity.application.InCommunity;
import org.weimin.identity.model.Caller;
import org.weimin.platform.application.RetriedOnClash;
import org.weimin.shared.ForbiddenActionException;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** A resident rates how their need was resolved, once it is done (满意 / 基本满意 / 不满意), and may change it for seven days. */
@ApplicationScoped
public class RateNeeds {

    private static final String ITS_RESIDENTS = "only the resident who raised the need, or one who has it too, rates it";

    @Inject
    NeedRatingRepository ratings;

    @Inject
    NeedsRated needs;

    @Inject
    CommunityPeople people;

    @Inject
    Clock clock;

    @RetriedOnClash
    @InCommunity
    @Transactional
    public RatingViews.Rating rate(CommunityId community, Caller caller, UUID needId, Satisfaction satisfaction, String comment) {
        UUID account = resident(caller, needId);
        if (!needs.need(needId).isDone()) {
            throw new EvaluationRuleException(EvaluationRuleException.Reason.NOT_DONE, "the need is not confirmed or closed yet");
        }
        Optional<NeedRating> earlier = ratings.of(needId, account);
        if (earlier.isPresent()) {
            NeedRating rating = ratings.lock(earlier.get().id()).orElseThrow();
            rating.change(satisfaction, comment, clock.instant());
            return RatingViews.Rating.of(rating);
        }
        NeedRating rating = NeedRating.rate(needId, account, caller.username(), satisfaction, comment, clock.instant());
        ratings.add(rating);
        return RatingViews.Rating.of(rating);
    }

    /** The caller's rating of the need, if they gave one. */
    @InCommunity
    @Transactional
    public Optional<RatingViews.Rating> mine(CommunityId community, Caller caller, UUID needId) {
        needs.need(needId);
        return people.byUsername(caller.username()).flatMap(p -> ratings.of(needId, p.accountId())).map(RatingViews.Rating::of);
    }

    private UUID resident(Caller caller, UUID needId) {
        UUID account = caller.community().flatMap(c -> people.byUsername(caller.username())).map(CommunityPeople.Person::accountId)
                .orElseThrow(() -> new ForbiddenActionException(ITS_RESIDENTS));
        if (!needs.isItsResident(needId, account)) {
            throw new ForbiddenActionException(ITS_RESIDENTS);
        }
        return account;
    }
}
