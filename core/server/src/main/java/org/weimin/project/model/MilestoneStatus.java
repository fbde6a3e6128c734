package org.weimin.project.model;

public enum MilestoneStatus {
    PLANNED,
    /** The organisation says the deliverable is there, for staff to check. */
    DELIVERED,
    /** Accepted and paid. */
    ACCEPTED
}
