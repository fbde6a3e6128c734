package org.weimin.evaluation.application;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.weimin.demand.application.NeedsRated;
import org.weimin.evaluation.model.NeedRating;
import org.weimin.evaluation.model.NeedRatingRepository;
import org.weimin.identity.application.CommunityPeople;
import org.weimin.identity.application.InCommunity;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Permission;
import org.weimin.platform.application.Written;
import org.weimin.shared.NotFoundException;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Staff visit back residents who rated a need 不满意 (回访) and record what they found; a need rated 不满意 twice in a row is red. */
@ApplicationScoped
public class ReturnVisits {

    private static final String STAFF_VISIT = "only the community's staff visit residents back";

    @Inject
    NeedRatingRepository ratings;

    @Inject
    NeedsRated needs;

    @Inject
    CommunityPeople people;

    @Inject
    Clock clock;

    @InCommunity
    @Transactional
    public List<RatingViews.Visit> due(CommunityId community, Caller caller) {
        caller.require(Permission.TRIAGE_NEEDS, STAFF_VISIT);
        List<NeedRating> waiting = ratings.awaitingVisit();
        Map<UUID, List<NeedRating>> byNeed = ratings.ofNeeds(waiting.stream().map(NeedRating::needId).distinct().toList()).stream()
                .collect(Collectors.groupingBy(NeedRating::needId));
        Map<String, CommunityPeople.Person> raters = people.byUsernames(waiting.stream().map(NeedRating::rater).distinct().toList());
        return waiting.stream().map(r -> {
            NeedsRated.RatedNeed need = needs.need(r.needId());
            String rater = raters.containsKey(r.rater()) ? raters.get(r.rater()).displayName() : r.rater();
            return new RatingViews.Visit(r.id(), need.id(), need.reference(), need.text(), rater, r.comment(), r.changedAt(),
                    NeedRating.red(byNeed.getOrDefault(r.needId(), List.of())));
        }).toList();
    }

    /** @param putRight whether what the resident was unhappy with is now put right */
    @InCommunity
    @Transactional
    public RatingViews.Rating record(CommunityId community, Caller caller, UUID ratingId,
                                     @Written(message = "is empty: say what the return visit found") String outcome, boolean putRight) {
        caller.require(Permission.TRIAGE_NEEDS, STAFF_VISIT);
        NeedRating rating = ratings.lock(ratingId).orElseThrow(() -> new NotFoundException("no rating " + ratingId + " here"));
        rating.visit(caller.username(), outcome, putRight, clock.instant());
        return RatingViews.Rating.of(rating);
    }
}
