package org.weimin.meeting.model;

/** A joint meeting takes agenda items until every one of them has a decision. */
public enum JointMeetingStatus {
    SCHEDULED, CONCLUDED
}
