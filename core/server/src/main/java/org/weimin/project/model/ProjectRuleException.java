package org.weimin.project.model;

import org.weimin.shared.ConflictException;

/** A step the project's mode or state does not allow. */
public class ProjectRuleException extends ConflictException {

    public enum Reason {
        NOT_PROPOSED,
        NOT_UNDER_WAY,
        WRONG_MODE,
        MILESTONE_NOT_OPEN,
        NOT_DELIVERED,
        /** A venture call no longer takes proposals (closed, or past its last day for them). */
        CALL_CLOSED,
        /** Experts score and households vote only while the call is being assessed. */
        NOT_ASSESSING,
        /** The call's public vote has ended (its last day passed, or the call was decided). */
        VOTING_CLOSED,
        /** The household has already given its one voice in this call. */
        ALREADY_VOTED,
        /** A proposal still lacks an expert's scores; the call cannot be decided yet. */
        SCORES_MISSING,
        /** A call without proposals cannot move on to assessment. */
        NO_PROPOSALS
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
