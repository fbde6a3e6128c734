package org.weimin.project.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The ranking of a venture call on a worked example anyone can redo by hand. */
class VentureRankingTest {

    private static final Instant MONDAY = Instant.parse("2026-11-02T09:00:00Z");

    // Criteria give 40 + 30 + 30 = 100 points; two experts scored each proposal; the budget is 100,000 yuan.
    private final VentureRanking.Contender meals = contender("老年助餐", 6_000_000, 0, List.of(85, 90), 40);
    private final VentureRanking.Contender homework = contender("四点半课堂", 5_000_000, 1, List.of(80, 70), 50);
    private final VentureRanking.Contender stairs = contender("楼道微更新", 3_000_000, 2, List.of(70, 72), 20);
    private final VentureRanking.Contender mediation = contender("邻里调解", 2_000_000, 3, List.of(60, 62), 30);

    @Test
    void scoresAreWeighedSeventyThirtyAndTheWinnersFundedInRankOrderWithinTheBudget() {
        VentureRanking.Result result = VentureRanking.rank(100, 70, TieRule.EXPERTS_FIRST, 10_000_000,
                List.of(mediation, stairs, homework, meals));

        // 老年助餐: experts (85 + 90) / 2 = 87.50; public 40 / 50 = 80.00; 87.50 × 70% + 80.00 × 30% = 85.25
        // 四点半课堂: 75.00 and 100.00 → 82.50; 楼道微更新: 71.00 and 40.00 → 61.70; 邻里调解: 61.00 and 60.00 → 60.70
        assertThat(result.places()).extracting(p -> p.ranked().contender().title())
                .containsExactly("老年助餐", "四点半课堂", "楼道微更新", "邻里调解");
        assertThat(result.places()).extracting(p -> p.ranked().combined())
                .containsExactly(new BigDecimal("85.25"), new BigDecimal("82.50"), new BigDecimal("61.70"), new BigDecimal("60.70"));
        VentureRanking.Place first = result.places().get(0);
        assertThat(first.ranked().expertScore()).isEqualByComparingTo("87.50");
        assertThat(first.ranked().publicScore()).isEqualByComparingTo("80.00");
        assertThat(result.mostVotes()).isEqualTo(50);

        // 60,000 funded (40,000 left); 50,000 does not fit and is passed over; 30,000 fits (10,000 left); 20,000 does not.
        assertThat(result.places()).extracting(VentureRanking.Place::outcome).containsExactly(VentureRanking.Outcome.FUNDED,
                VentureRanking.Outcome.OVER_BUDGET, VentureRanking.Outcome.FUNDED, VentureRanking.Outcome.OVER_BUDGET);
        assertThat(result.fundedFen()).isEqualTo(9_000_000);
        assertThat(result.places()).noneMatch(VentureRanking.Place::tieBroken);
    }

    @Test
    void anEvenShareBetweenExpertsAndThePublicPutsTheMostVotedFirst() {
        VentureRanking.Result result = VentureRanking.rank(100, 50, TieRule.EXPERTS_FIRST, 10_000_000, List.of(meals, homework));

        // 四点半课堂: (75.00 + 100.00) / 2 = 87.50 against 老年助餐's (87.50 + 80.00) / 2 = 83.75
        assertThat(result.places()).extracting(p -> p.ranked().contender().title()).containsExactly("四点半课堂", "老年助餐");
        assertThat(result.places().get(1).ranked().combined()).isEqualByComparingTo("83.75");
    }

    @Test
    void equalShownScoresAreATieTheCallsWrittenRuleBreaks() {
        // 80.00 × 70% + 50.00 × 30% = 71.00; 70.00 × 70% + 73.33 × 30% = 70.999, shown 71.00: the same score as shown
        VentureRanking.Contender experts = contender("甲", 1_000_000, 0, List.of(80), 15);
        VentureRanking.Contender voters = contender("乙", 1_000_000, 1, List.of(70), 22);
        VentureRanking.Contender mostVoted = contender("丙", 1_000_000, 2, List.of(50), 30);

        VentureRanking.Result byExperts = VentureRanking.rank(100, 70, TieRule.EXPERTS_FIRST, 10_000_000, List.of(voters, mostVoted, experts));
        VentureRanking.Result byVotes = VentureRanking.rank(100, 70, TieRule.VOTES_FIRST, 10_000_000, List.of(experts, mostVoted, voters));

        assertThat(byExperts.places()).extracting(p -> p.ranked().contender().title()).containsExactly("甲", "乙", "丙");
        assertThat(byVotes.places()).extracting(p -> p.ranked().contender().title()).containsExactly("乙", "甲", "丙");
        assertThat(byExperts.places()).extracting(VentureRanking.Place::tieBroken).containsExactly(true, true, false);
        assertThat(byExperts.places().get(1).ranked().combined()).isEqualByComparingTo("71.00");
    }

    @Test
    void withEverythingEqualTheEarlierProposalComesFirstAndNoVotesMeanAPublicScoreOfNought() {
        VentureRanking.Contender later = contender("后交", 500_000, 5, List.of(60), 0);
        VentureRanking.Contender earlier = contender("先交", 500_000, 1, List.of(60), 0);

        VentureRanking.Result result = VentureRanking.rank(100, 70, TieRule.SMALLER_REQUEST_FIRST, 600_000, List.of(later, earlier));

        assertThat(result.places()).extracting(p -> p.ranked().contender().title()).containsExactly("先交", "后交");
        assertThat(result.places().get(0).ranked().publicScore()).isEqualByComparingTo("0");
        assertThat(result.places()).extracting(VentureRanking.Place::outcome)
                .containsExactly(VentureRanking.Outcome.FUNDED, VentureRanking.Outcome.OVER_BUDGET);
    }

    private static VentureRanking.Contender contender(String title, long requestFen, int hoursLater, List<Integer> sheets, long votes) {
        return new VentureRanking.Contender(UUID.randomUUID(), title, requestFen, MONDAY.plusSeconds(3600L * hoursLater), sheets, votes);
    }
}
