package org.weimin.wish.model;

import org.weimin.shared.ConflictException;

/** A step the wish's or the claim's current state does not allow. */
public class WishRuleException extends ConflictException {

    /** Why, for the people who read it in their own language. */
    public enum Reason {
        /** Every place on the wish is taken (已被认领). */
        ALREADY_CLAIMED,
        ALREADY_YOURS,
        NOT_ON_THE_WALL,
        NOT_OPEN,
        CLAIM_NOT_ACTIVE,
        NOT_FULFILLED_YET,
        NOT_CONFIRMED_YET,
        NOT_VERIFIED
    }

    private final Reason reason;

    public WishRuleException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
