package org.weimin.meeting.model;

/**
 * A meeting or decision that breaks a rule of joint meetings: either a value at fault (named by its field)
 * or a step the meeting's current state does not allow.
 */
public class MeetingRuleException extends RuntimeException {

    private final String field;
    private final boolean conflict;

    private MeetingRuleException(String field, String message, boolean conflict) {
        super(message);
        this.field = field;
        this.conflict = conflict;
    }

    public static MeetingRuleException invalid(String field, String message) {
        return new MeetingRuleException(field, message, false);
    }

    public static MeetingRuleException conflict(String message) {
        return new MeetingRuleException(null, message, true);
    }

    public String field() {
        return field;
    }

    /** True when the request is fine but the meeting's state does not allow it now. */
    public boolean isConflict() {
        return conflict;
    }
}
