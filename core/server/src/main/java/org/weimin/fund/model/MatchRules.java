package org.weimin.fund.model;

import org.weimin.shared.InvalidInputException;

/**
 * How the subsidy pool matches donations to a crowdfunding project (配捐), after Goteo's matchers: a factor (numerator
 * yuan of subsidy for denominator yuan given, 1:1 by default), caps on the match of one donation, of one project and of
 * one donor (none when empty), and a threshold grant (a fixed sum once the project has raised a share of its target or
 * has enough donors). A community keeps its own; each campaign copies them when it opens and keeps them.
 */
public class MatchRules {

    public static final MatchRules ONE_TO_ONE = new MatchRules(1, 1, null, null, null, 0, 0, 0);

    private int factorNumerator;
    private int factorDenominator;
    private Long donationCapFen;
    private Long projectCapFen;
    private Long donorCapFen;
    private long thresholdGrantFen;
    private int thresholdPercent;
    private int thresholdDonors;

    protected MatchRules() {
    }

    private MatchRules(int factorNumerator, int factorDenominator, Long donationCapFen, Long projectCapFen, Long donorCapFen,
                       long thresholdGrantFen, int thresholdPercent, int thresholdDonors) {
        this.factorNumerator = factorNumerator;
        this.factorDenominator = factorDenominator;
        this.donationCapFen = donationCapFen;
        this.projectCapFen = projectCapFen;
        this.donorCapFen = donorCapFen;
        this.thresholdGrantFen = thresholdGrantFen;
        this.thresholdPercent = thresholdPercent;
        this.thresholdDonors = thresholdDonors;
    }

    /** Rules as someone set them; a value out of bounds is bad input naming its field. */
    public static MatchRules of(int factorNumerator, int factorDenominator, Long donationCapFen, Long projectCapFen, Long donorCapFen,
                                long thresholdGrantFen, int thresholdPercent, int thresholdDonors) {
        within("factorNumerator", factorNumerator, 0, 10);
        within("factorDenominator", factorDenominator, 1, 10);
        cap("donationCapFen", donationCapFen);
        cap("projectCapFen", projectCapFen);
        cap("donorCapFen", donorCapFen);
        within("thresholdGrantFen", thresholdGrantFen, 0, Ledger.MOST_FEN);
        within("thresholdPercent", thresholdPercent, 0, 100);
        within("thresholdDonors", thresholdDonors, 0, 100_000);
        if (thresholdGrantFen > 0 && thresholdPercent == 0 && thresholdDonors == 0) {
            throw new InvalidInputException("thresholdPercent", "a threshold grant needs its threshold: a share of the target or a number of donors");
        }
        return new MatchRules(factorNumerator, factorDenominator, donationCapFen, projectCapFen, donorCapFen, thresholdGrantFen,
                thresholdPercent, thresholdDonors);
    }

    /**
     * The pool's match of one donation: the factor's share, within every cap and the room left under the target, and
     * within what the pool holds (a pool that runs short matches partly, then not at all).
     */
    public Match match(long donationFen, long projectMatchedFen, long donorMatchedFen, long roomFen, long poolFen) {
        long amount = Math.multiplyExact(donationFen, factorNumerator) / factorDenominator;
        Match.Limit limit = Match.Limit.FACTOR;
        if (donationCapFen != null && donationCapFen < amount) {
            amount = donationCapFen;
            limit = Match.Limit.DONATION_CAP;
        }
        if (projectCapFen != null && projectCapFen - projectMatchedFen < amount) {
            amount = Math.max(0, projectCapFen - projectMatchedFen);
            limit = Match.Limit.PROJECT_CAP;
        }
        if (donorCapFen != null && donorCapFen - donorMatchedFen < amount) {
            amount = Math.max(0, donorCapFen - donorMatchedFen);
            limit = Match.Limit.DONOR_CAP;
        }
        if (roomFen < amount) {
            amount = Math.max(0, roomFen);
            limit = Match.Limit.TARGET;
        }
        if (poolFen < amount) {
            amount = Math.max(0, poolFen);
            limit = Match.Limit.POOL;
        }
        return new Match(amount, limit);
    }

    /** Whether a project with so much raised of its target, from so many donors, has earned the threshold grant. */
    boolean thresholdReached(long raisedFen, long targetFen, int donors) {
        if (thresholdGrantFen == 0) {
            return false;
        }
        boolean share = thresholdPercent > 0 && Math.multiplyExact(raisedFen, 100) >= Math.multiplyExact(targetFen, thresholdPercent);
        return share || thresholdDonors > 0 && donors >= thresholdDonors;
    }

    private static void within(String field, long value, long least, long most) {
        if (value < least || value > most) {
            throw new InvalidInputException(field, "is " + value + ": from " + least + " to " + most);
        }
    }

    private static void cap(String field, Long value) {
        if (value != null) {
            within(field, value, 1, Ledger.MOST_FEN);
        }
    }

    public int factorNumerator() { return factorNumerator; }
    public int factorDenominator() { return factorDenominator; }
    public Long donationCapFen() { return donationCapFen; }
    public Long projectCapFen() { return projectCapFen; }
    public Long donorCapFen() { return donorCapFen; }
    public long thresholdGrantFen() { return thresholdGrantFen; }
    public int thresholdPercent() { return thresholdPercent; }
    public int thresholdDonors() { return thresholdDonors; }
}
