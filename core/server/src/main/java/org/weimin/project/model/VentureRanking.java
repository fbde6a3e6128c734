package org.weimin.project.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The ranking of a venture call's proposals, with arithmetic anyone can redo. A proposal's expert score is the mean of its
 * experts' sheet totals out of the most points the criteria give, on 100; its public score is its votes against the most
 * votes any proposal got, on 100; the combined score weighs them by the call's expert share. Each score is rounded half up
 * to two decimals as shown, the combined one from the shown parts, and equal shown combined scores are ties the call's
 * written rule breaks. In rank order, a proposal is funded when its request fits in what the budget still holds; one
 * that does not fit is passed over and the next one tried.
 */
public final class VentureRanking {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private VentureRanking() {
    }

    /** A proposal as it enters the ranking: its request, when it came, its experts' sheet totals and its votes. */
    public record Contender(UUID proposalId, String title, long requestFen, Instant submittedAt, List<Integer> sheetTotals, long votes) {
        public Contender {
            sheetTotals = List.copyOf(sheetTotals);
        }
    }

    public record Ranked(Contender contender, BigDecimal expertScore, BigDecimal publicScore, BigDecimal combined) {
        long votes() { return contender.votes(); }
        long requestFen() { return contender.requestFen(); }
        Instant submittedAt() { return contender.submittedAt(); }
    }

    public enum Outcome {
        FUNDED,
        /** Its request was more than the budget still held when its turn came. */
        OVER_BUDGET
    }

    /** @param tieBroken whether its combined score equals a neighbour's, so the tie rule set the order */
    public record Place(int rank, Ranked ranked, boolean tieBroken, Outcome outcome) {
    }

    public record Result(List<Place> places, int maxPoints, long mostVotes, int expertPercent, TieRule tieRule, long budgetFen, long fundedFen) {
        public Result {
            places = List.copyOf(places);
        }
    }

    public static Result rank(int maxPoints, int expertPercent, TieRule tieRule, long budgetFen, List<Contender> contenders) {
        long mostVotes = contenders.stream().mapToLong(Contender::votes).max().orElse(0);
        List<Ranked> ranked = new ArrayList<>(contenders.stream().map(c -> score(c, maxPoints, mostVotes, expertPercent)).toList());
        ranked.sort((a, b) -> b.combined().compareTo(a.combined()) != 0 ? b.combined().compareTo(a.combined())
                : tieRule.order().compare(a, b));
        List<Place> places = new ArrayList<>();
        long remaining = budgetFen;
        for (int i = 0; i < ranked.size(); i++) {
            Ranked one = ranked.get(i);
            boolean tied = i > 0 && ranked.get(i - 1).combined().compareTo(one.combined()) == 0
                    || i + 1 < ranked.size() && ranked.get(i + 1).combined().compareTo(one.combined()) == 0;
            boolean fits = one.requestFen() <= remaining;
            remaining -= fits ? one.requestFen() : 0;
            places.add(new Place(i + 1, one, tied, fits ? Outcome.FUNDED : Outcome.OVER_BUDGET));
        }
        return new Result(places, maxPoints, mostVotes, expertPercent, tieRule, budgetFen, budgetFen - remaining);
    }

    private static Ranked score(Contender contender, int maxPoints, long mostVotes, int expertPercent) {
        int sheets = contender.sheetTotals().size();
        long points = contender.sheetTotals().stream().mapToLong(Integer::longValue).sum();
        BigDecimal expert = sheets == 0 ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(points * 100).divide(BigDecimal.valueOf((long) sheets * maxPoints), 2, RoundingMode.HALF_UP);
        BigDecimal pub = mostVotes == 0 ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(contender.votes() * 100).divide(BigDecimal.valueOf(mostVotes), 2, RoundingMode.HALF_UP);
        BigDecimal combined = expert.multiply(BigDecimal.valueOf(expertPercent)).add(pub.multiply(BigDecimal.valueOf(100 - expertPercent)))
                .divide(HUNDRED, 2, RoundingMode.HALF_UP);
        return new Ranked(contender, expert, pub, combined);
    }
}
