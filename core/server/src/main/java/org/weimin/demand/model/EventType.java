package org.weimin.demand.model;

/** What happened to a need, as its timeline shows it. */
public enum EventType {
    SUBMITTED, CLASSIFIED, ACCEPTED, ASSIGNED, STARTED, RESOLVED, REOPENED, CONFIRMED, CLOSED, REJECTED, MERGED,
    ESCALATED, SPLIT, SUPPORTED, NOTE, REFERRED_TO_MEETING, MEETING_DECIDED,
    /** A wish went on the community's wish wall, or to staff to assign when its resident keeps it private. */
    PUBLISHED_AS_WISH,
    /** Someone claimed the wish (认领). */
    CLAIMED,
    /** A claim ended before fulfilment: lapsed, withdrawn or released; the wish is open again. */
    CLAIM_ENDED,
    /** The affair is on the agenda of a handling session (定期办), or was moved to another one. */
    PUT_ON_SESSION,
    /** The handling session decided the affair. */
    SESSION_DECIDED,
    /** A step of the micro-project the need became: approved, a milestone delivered or paid, completed. */
    PROJECT_PROGRESS;

    /**
     * Whether the people a need came from hear of this through the channel it came by (a QQ or WeChat
     * group): the community's answers to them, not its internal steps nor what they did themselves.
     */
    public boolean answersTheSubmitter() {
        return switch (this) {
            case ACCEPTED, RESOLVED, REJECTED, MERGED, ESCALATED, REFERRED_TO_MEETING, MEETING_DECIDED, CLAIMED, CLAIM_ENDED, PUT_ON_SESSION, SESSION_DECIDED,
                 PROJECT_PROGRESS -> true;
            default -> false;
        };
    }
}
