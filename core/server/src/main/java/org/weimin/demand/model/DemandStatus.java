package org.weimin.demand.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a need stands. The allowed moves are written here once; {@link Demand} refuses every other.
 */
public enum DemandStatus {
    SUBMITTED, TRIAGED, ACCEPTED, IN_PROGRESS, RESOLVED, REOPENED, CONFIRMED, CLOSED, REJECTED, MERGED, ESCALATED,
    /** A major affair waiting for the joint meeting's decision (重大事项联席办); still open for its resident. */
    AT_JOINT_MEETING;

    public Set<DemandStatus> next() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(TRIAGED, REJECTED, MERGED, ESCALATED);
            case TRIAGED -> EnumSet.of(TRIAGED, ACCEPTED, REJECTED, MERGED, ESCALATED, AT_JOINT_MEETING);
            case ACCEPTED -> EnumSet.of(IN_PROGRESS, RESOLVED, ESCALATED, AT_JOINT_MEETING);
            case IN_PROGRESS -> EnumSet.of(RESOLVED, ESCALATED, AT_JOINT_MEETING);
            case RESOLVED -> EnumSet.of(CONFIRMED, REOPENED, CLOSED);
            case REOPENED -> EnumSet.of(IN_PROGRESS, RESOLVED, AT_JOINT_MEETING);
            case AT_JOINT_MEETING -> EnumSet.noneOf(DemandStatus.class);
            case CONFIRMED -> EnumSet.of(CLOSED);
            case MERGED -> EnumSet.of(SUBMITTED);
            case CLOSED, REJECTED, ESCALATED -> EnumSet.noneOf(DemandStatus.class);
        };
    }

    /** Where a joint meeting's decision, and nothing else, moves a need waiting for it: ahead, or declined. */
    public Set<DemandStatus> byMeetingDecision() {
        return this == AT_JOINT_MEETING ? EnumSet.of(IN_PROGRESS, REJECTED) : EnumSet.noneOf(DemandStatus.class);
    }

    public boolean canMoveTo(DemandStatus target) {
        return next().contains(target);
    }

    /** Still waiting for the community: counts for response and resolution deadlines. */
    public boolean isOpen() {
        return this == SUBMITTED || this == TRIAGED || this == ACCEPTED || this == IN_PROGRESS || this == REOPENED
                || this == AT_JOINT_MEETING;
    }
}
