package org.weimin.demand.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a need stands. The allowed moves are written here once; {@link Demand} refuses every other.
 */
public enum DemandStatus {
    SUBMITTED, TRIAGED, ACCEPTED, IN_PROGRESS, RESOLVED, REOPENED, CONFIRMED, CLOSED, REJECTED, MERGED, ESCALATED,
    /** A major affair waiting for the joint meeting's decision (重大事项联席办); still open for its resident. */
    AT_JOINT_MEETING,
    /** A general affair on the agenda of the community's next handling session (一般事项定期办); still open for its resident. */
    AT_SESSION;

    public Set<DemandStatus> next() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(TRIAGED, REJECTED, MERGED, ESCALATED);
            case TRIAGED -> EnumSet.of(TRIAGED, ACCEPTED, REJECTED, MERGED, ESCALATED, AT_JOINT_MEETING, AT_SESSION);
            case ACCEPTED -> EnumSet.of(IN_PROGRESS, RESOLVED, ESCALATED, AT_JOINT_MEETING);
            case IN_PROGRESS -> EnumSet.of(RESOLVED, ESCALATED, AT_JOINT_MEETING);
            case RESOLVED -> EnumSet.of(CONFIRMED, REOPENED, CLOSED);
            case REOPENED -> EnumSet.of(IN_PROGRESS, RESOLVED, AT_JOINT_MEETING, AT_SESSION);
            case AT_JOINT_MEETING -> EnumSet.noneOf(DemandStatus.class);
            // Moved to a later session, or sent on to a joint meeting; what the session decides goes through bySessionDecision.
            case AT_SESSION -> EnumSet.of(AT_SESSION, AT_JOINT_MEETING);
            case CONFIRMED -> EnumSet.of(CLOSED);
            case MERGED -> EnumSet.of(SUBMITTED);
            case CLOSED, REJECTED, ESCALATED -> EnumSet.noneOf(DemandStatus.class);
        };
    }

    /** Where a joint meeting's decision, and nothing else, moves a need waiting for it: ahead, or declined. */
    public Set<DemandStatus> byMeetingDecision() {
        return this == AT_JOINT_MEETING ? EnumSet.of(IN_PROGRESS, REJECTED) : EnumSet.noneOf(DemandStatus.class);
    }

    /** Where a handling session's decision moves a need on its agenda: handled, given to someone, or refused. */
    public Set<DemandStatus> bySessionDecision() {
        return this == AT_SESSION ? EnumSet.of(RESOLVED, IN_PROGRESS, REJECTED) : EnumSet.noneOf(DemandStatus.class);
    }

    public boolean canMoveTo(DemandStatus target) {
        return next().contains(target);
    }

    /** Still waiting for the community: counts for response and resolution deadlines. */
    public boolean isOpen() {
        return this == SUBMITTED || this == TRIAGED || this == ACCEPTED || this == IN_PROGRESS || this == REOPENED
                || this == AT_JOINT_MEETING || this == AT_SESSION;
    }
}
