package org.weimin.fund.model;

/** The pool's match of one donation, and what set its amount (for the donor and the project page to read). */
public record Match(long amountFen, Limit limitedBy) {

    public enum Limit {
        /** The factor's full share. */
        FACTOR,
        DONATION_CAP,
        PROJECT_CAP,
        DONOR_CAP,
        /** Only the room left under the target. */
        TARGET,
        /** The pool held less than the match: matched partly, or not at all. */
        POOL
    }
}
