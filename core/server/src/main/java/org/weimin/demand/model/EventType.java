package org.weimin.demand.model;

/** What happened to a need, as its timeline shows it. */
public enum EventType {
    SUBMITTED, CLASSIFIED, ACCEPTED, ASSIGNED, STARTED, RESOLVED, REOPENED, CONFIRMED, CLOSED, REJECTED, MERGED,
    ESCALATED, SPLIT, SUPPORTED, NOTE, REFERRED_TO_MEETING, MEETING_DECIDED
}
