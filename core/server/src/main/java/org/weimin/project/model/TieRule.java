package org.weimin.project.model;

import java.util.Comparator;

/**
 * How proposals with the same combined score, as shown to two decimals, are ordered. The rule is chosen when the call is
 * opened and printed beside the ranking; every rule ends with the earlier submission, so no tie is left to chance.
 */
public enum TieRule {
    /** The higher expert score first, then more votes, then the earlier submission. */
    EXPERTS_FIRST(Comparator.comparing(VentureRanking.Ranked::expertScore).reversed()
            .thenComparing(Comparator.comparingLong(VentureRanking.Ranked::votes).reversed())),
    /** More votes first, then the higher expert score, then the earlier submission. */
    VOTES_FIRST(Comparator.comparingLong(VentureRanking.Ranked::votes).reversed()
            .thenComparing(Comparator.comparing(VentureRanking.Ranked::expertScore).reversed())),
    /** The smaller request first (the budget reaches further), then the higher expert score, then the earlier submission. */
    SMALLER_REQUEST_FIRST(Comparator.comparingLong(VentureRanking.Ranked::requestFen)
            .thenComparing(Comparator.comparing(VentureRanking.Ranked::expertScore).reversed()));

    private final Comparator<VentureRanking.Ranked> order;

    TieRule(Comparator<VentureRanking.Ranked> order) {
        this.order = order;
    }

    Comparator<VentureRanking.Ranked> order() {
        return order.thenComparing(VentureRanking.Ranked::submittedAt);
    }
}
