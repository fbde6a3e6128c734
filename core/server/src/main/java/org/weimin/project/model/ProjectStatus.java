package org.weimin.project.model;

/** Where a micro-project stands. */
public enum ProjectStatus {
    /** Proposed by staff or from escalated needs; nothing committed yet. */
    PROPOSED,
    /** Approved (direct funding), targets agreed (reward) or contracted (purchase): its money is committed. */
    UNDER_WAY,
    /** Every milestone paid, or the reward paid. */
    COMPLETED,
    /** Refused before anything was committed. */
    REJECTED,
    /** Ended early, or its targets not met: what was committed and not paid went back to the fund. */
    CLOSED_UNFINISHED
}
