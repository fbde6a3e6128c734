package org.weimin.demand.model;

/** What happened to a need, as its timeline shows it. */
public enum EventType {
    SUBMITTED, CLASSIFIED, ACCEPTED, ASSIGNED, STARTED, RESOLVED, REOPENED, CONFIRMED, CLOSED, REJECTED, MERGED,
    ESCALATED, SPLIT, SUPPORTED, NOTE, REFERRED_TO_MEETING, MEETING_DECIDED;

    /**
     * Whether the people a need came from hear of this through the channel it came by (a QQ or WeChat
     * group): the community's answers to them, not its internal steps nor what they did themselves.
     */
    public boolean answersTheSubmitter() {
        return switch (this) {
            case ACCEPTED, RESOLVED, REJECTED, MERGED, ESCALATED, REFERRED_TO_MEETING, MEETING_DECIDED -> true;
            default -> false;
        };
    }
}
