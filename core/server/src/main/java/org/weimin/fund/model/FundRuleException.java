package org.weimin.fund.model;

import org.weimin.shared.ConflictException;

/** A movement the fund's rules refuse; nothing of the entry is posted. */
public class FundRuleException extends ConflictException {

    public enum Reason {
        /** A guarded account would give out more than it holds. */
        INSUFFICIENT_FUNDS,
        /** The entry was reversed already. */
        ALREADY_REVERSED,
        /** A reversal is itself never reversed: post the movement again instead. */
        REVERSAL_NOT_REVERSIBLE,
        /** The crowdfunding campaign takes no more donations (it was funded, or it ended). */
        CAMPAIGN_CLOSED,
        /** The project's crowdfunding is still running (or has ended short): it is decided once the campaign has ended. */
        CAMPAIGN_OPEN
    }

    private final Reason reason;
    private final String account;

    public FundRuleException(Reason reason, String account, String message) {
        super(message);
        this.reason = reason;
        this.account = account;
    }

    public Reason reason() {
        return reason;
    }

    /** The account concerned (its name or kind), or null. */
    public String account() {
        return account;
    }
}
