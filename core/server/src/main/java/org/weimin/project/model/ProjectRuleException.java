package org.weimin.project.model;

import org.weimin.shared.ConflictException;

/** A step the project's mode or state does not allow. */
public class ProjectRuleException extends ConflictException {

    public enum Reason {
        NOT_PROPOSED,
        NOT_UNDER_WAY,
        WRONG_MODE,
        MILESTONE_NOT_OPEN,
        NOT_DELIVERED
    }

    private final Reason reason;

    public ProjectRuleException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
