package org.weimin.demand.model;

/** A move the lifecycle does not allow, e.g. confirming a need that is not resolved yet. */
public class IllegalTransitionException extends RuntimeException {

    private final DemandStatus from;
    private final DemandStatus to;

    public IllegalTransitionException(DemandStatus from, DemandStatus to) {
        super("a need that is " + from.name().toLowerCase().replace('_', ' ') + " cannot become "
                + to.name().toLowerCase().replace('_', ' ') + "; from here it can become: "
                + (!from.byMeetingDecision().isEmpty() ? "what the joint meeting decides"
                : from.next().isEmpty() ? "nothing, it is final" : from.next().toString().toLowerCase()));
        this.from = from;
        this.to = to;
    }

    public DemandStatus from() {
        return from;
    }

    public DemandStatus to() {
        return to;
    }
}
