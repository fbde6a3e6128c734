package org.weimin.wish.model;

import java.util.Optional;

/** The community's own claim periods, when it set them. */
public interface ClaimPeriodsRepository {

    Optional<CommunityClaimPeriods> current();

    void add(CommunityClaimPeriods periods);

    default ClaimPeriods periods() {
        return current().map(CommunityClaimPeriods::periods).orElse(ClaimPeriods.DEFAULT);
    }
}
