package org.weimin.evaluation.application;

import java.time.Instant;
import java.util.UUID;

import org.weimin.evaluation.model.NeedRating;
import org.weimin.evaluation.model.Satisfaction;

/** Ratings as their pages and the API show them. */
public final class RatingViews {

    private RatingViews() {
    }

    /** @param changeableUntil until when the resident may change it */
    public record Rating(UUID id, UUID needId, Satisfaction satisfaction, String comment, Instant ratedAt, Instant changeableUntil,
                         boolean visited) {
        static Rating of(NeedRating r) {
            return new Rating(r.id(), r.needId(), r.satisfaction(), r.comment(), r.ratedAt(), r.ratedAt().plus(NeedRating.CHANGEABLE_FOR),
                    r.visitedAt() != null);
        }
    }

    /**
     * A 不满意 waiting for staff's return visit, with the name of the resident who gave it.
     *
     * @param red whether the need's latest two ratings are both 不满意
     */
    public record Visit(UUID ratingId, UUID needId, String reference, String needText, String rater, String comment, Instant ratedAt,
                        boolean red) {
    }
}
