package org.weimin.fund.model;

/**
 * The accounts of a community's micro-fund (微基金, "1+X"). Money held in an account is its credits less its debits;
 * a movement debits the account it leaves and credits the one it reaches. The two sources stand for the world
 * outside the fund (money received from them makes them negative); every other account holds real money and can
 * never give more than it received.
 */
public enum AccountKind {
    /** Where the government subsidy (the "1") comes from. */
    SUBSIDY_SOURCE(false, true),
    /** Where social donations (the "X") come from; refunds go back to it. */
    DONOR_SOURCE(false, true),
    /** The subsidy received and not yet committed: it matches donations and funds projects. */
    SUBSIDY_POOL(true, true),
    /** Donations for the fund in general. */
    DONATIONS(true, true),
    /** A named fund (冠名基金): a donor's money kept under the donor's naming. */
    NAMED_FUND(true, false),
    /** A crowdfunding project's donations and their matches, until the project takes them or they are refunded. */
    CROWDFUNDING(true, false),
    /** Money committed to a project and not yet paid out. */
    PROJECT(true, false),
    /** What has been paid out for delivered work. */
    DISBURSED(true, true);

    private final boolean guarded;
    private final boolean onePerCommunity;

    AccountKind(boolean guarded, boolean onePerCommunity) {
        this.guarded = guarded;
        this.onePerCommunity = onePerCommunity;
    }

    /** Whether the account holds money and so may never give out more than it received (checked by the database too). */
    public boolean guarded() {
        return guarded;
    }

    /** Whether each community has exactly one, opened with its fund. */
    public boolean onePerCommunity() {
        return onePerCommunity;
    }
}
