package org.weimin.evaluation.model;

import org.weimin.shared.ConflictException;

/** A step evaluation's rules do not allow now. */
public class EvaluationRuleException extends ConflictException {

    public enum Reason {
        /** Only a need confirmed by its resident, or closed after its resolution, is rated. */
        NOT_DONE,
        /** A rating is changed within seven days of being given, not later. */
        RATING_CLOSED,
        /** Only a 不满意 rating is visited back. */
        NOT_DISSATISFIED,
        /** The return visit is recorded already. */
        ALREADY_VISITED,
        /** The round takes no more answers: its window passed or it was closed. */
        ROUND_CLOSED,
        /** The round is still collecting: it has no results yet. */
        ROUND_OPEN,
        /** This household, supervisor or assessor has answered this already. */
        ALREADY_ANSWERED,
        /** The voting slip is not one this round issued, or it was used. */
        SLIP_NOT_VALID,
        /** A correction has to change something. */
        NOTHING_CHANGED
    }

    private final Reason reason;

    public EvaluationRuleException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
