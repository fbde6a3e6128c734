package org.weimin.evaluation.model;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface NeedRatingRepository {

    void add(NeedRating rating);

    Optional<NeedRating> lock(UUID id);

    Optional<NeedRating> of(UUID needId, UUID raterAccountId);

    List<NeedRating> ofNeed(UUID needId);

    List<NeedRating> ofNeeds(List<UUID> needIds);

    /** 不满意 ratings staff have not visited back yet, oldest first. */
    List<NeedRating> awaitingVisit();

    /** Ratings first given in [from, to). */
    List<NeedRating> ratedBetween(java.time.Instant from, java.time.Instant to);

    /** 不满意 ratings not put right: not visited back yet, or visited without putting it right. */
    List<NeedRating> dissatisfiedNotPutRight(int limit);
}
