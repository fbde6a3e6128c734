package org.weimin.meeting.model;

/** What the joint meeting decided about one affair on its agenda. */
public enum DecisionOutcome {
    /** The affair goes ahead, with a responsible party and a due date. */
    PROCEED,
    /** The affair is not taken on; the decision is the reason residents read. */
    DECLINE
}
