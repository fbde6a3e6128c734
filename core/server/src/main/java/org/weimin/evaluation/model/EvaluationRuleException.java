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
        ALREADY_VISITED
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
