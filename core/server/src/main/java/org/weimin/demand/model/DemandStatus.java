package org.weimin.demand.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a need stands. The allowed moves are written here once; {@link Demand} refuses every other.
 */
public enum DemandStatus {
    SUBMITTED, TRIAGED, ACCEPTED, IN_PROGRESS, RESOLVED, REOPENED, CONFIRMED, CLOSED, REJECTED, MERGED, ESCALATED;

    public Set<DemandStatus> next() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(TRIAGED, REJECTED, MERGED, ESCALATED);
            case TRIAGED -> EnumSet.of(TRIAGED, ACCEPTED, REJECTED, MERGED, ESCALATED);
            case ACCEPTED -> EnumSet.of(IN_PROGRESS, RESOLVED, ESCALATED);
            case IN_PROGRESS -> EnumSet.of(RESOLVED, ESCALATED);
            case RESOLVED -> EnumSet.of(CONFIRMED, REOPENED, CLOSED);
            case REOPENED -> EnumSet.of(IN_PROGRESS, RESOLVED);
            case CONFIRMED -> EnumSet.of(CLOSED);
            case MERGED -> EnumSet.of(SUBMITTED);
            case CLOSED, REJECTED, ESCALATED -> EnumSet.noneOf(DemandStatus.class);
        };
    }

    public boolean canMoveTo(DemandStatus target) {
        return next().contains(target);
    }

    /** Still waiting for the community: counts for response and resolution deadlines. */
    public boolean isOpen() {
        return this == SUBMITTED || this == TRIAGED || this == ACCEPTED || this == IN_PROGRESS || this == REOPENED;
    }
}
