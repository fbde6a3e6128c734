package org.weimin.fund.model;

/** What a journal entry records, in the words of the public statement. */
public enum EntryKind {
    /** The government subsidy received into the pool (the "1"). */
    SUBSIDY_RECEIVED,
    /** A donation received: for the fund, a named fund or a crowdfunding project (the "X"). */
    DONATION_RECEIVED,
    /** The pool matching a donation to a crowdfunding project (配捐). */
    MATCH,
    /** A threshold grant: a fixed sum from the pool once a project reaches its threshold. */
    THRESHOLD_GRANT,
    /** Money committed to a project from the pool, donations or a named fund. */
    COMMITMENT,
    /** A project's raised money moved to its account when crowdfunding succeeds. */
    CROWDFUNDING_RAISED,
    /** Committed money a project did not use, back in the pool when it ended unfinished. */
    COMMITMENT_RELEASED,
    /** Money paid out for delivered, accepted work. */
    DISBURSEMENT,
    /** A donation (and its match) given back when its project missed its target. */
    REFUND,
    /** Cancels an earlier entry exactly (the only way anything is corrected). */
    REVERSAL
}
