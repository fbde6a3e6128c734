package org.weimin.project.model;

/** Where a venture call (公益创投) stands. */
public enum VentureStatus {
    /** Organisations' proposals are taken until the call's last day for them. */
    TAKING_PROPOSALS,
    /** The experts score each proposal and households vote, until the cadre decides. */
    ASSESSING,
    /** The ranking is fixed and published; the winners are funded within the call's budget. */
    DECIDED
}
