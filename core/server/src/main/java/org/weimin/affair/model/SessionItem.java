package org.weimin.affair.model;

import java.time.Instant;
import java.util.UUID;

import org.weimin.shared.ConflictException;
import org.weimin.shared.InvalidInputException;

/**
 * One affair on a session's agenda, and what the session decided about it. An undecided item moves to a later
 * session (by staff, or when its session's day passed); a decided one stays as the record of the decision.
 */
public class SessionItem {

    private String tenantId;
    private UUID id;
    private UUID sessionId;
    private UUID demandId;
    private String addedBy;
    private Instant addedAt;
    private SessionOutcome outcome;
    private String note;
    private String assignee;
    private String decidedBy;
    private Instant decidedAt;
    private long version;

    protected SessionItem() {
    }

    public SessionItem(UUID sessionId, UUID demandId, String addedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.sessionId = sessionId;
        this.demandId = demandId;
        this.addedBy = addedBy;
        this.addedAt = now;
    }

    /** @param assignee who carries it out, for ASSIGNED; the note is the reason for REFUSED and the result for HANDLED */
    public void decide(SessionOutcome decided, String decisionNote, String responsible, String by, Instant now) {
        if (outcome != null) {
            throw new ConflictException("the session has decided this affair already");
        }
        if (decided == null) {
            throw new InvalidInputException("outcome", "say what the session decided: HANDLED, ASSIGNED, REFERRED or REFUSED");
        }
        if (decided == SessionOutcome.ASSIGNED && (responsible == null || responsible.isBlank())) {
            throw new InvalidInputException("assignee", "say who carries the affair out");
        }
        if ((decided == SessionOutcome.HANDLED || decided == SessionOutcome.REFUSED) && (decisionNote == null || decisionNote.isBlank())) {
            throw new InvalidInputException("note", decided == SessionOutcome.HANDLED ? "say how it was handled" : "say why it is refused");
        }
        this.outcome = decided;
        this.note = InvalidInputException.atMost("note", decisionNote, 2000);
        this.assignee = InvalidInputException.atMost("assignee", responsible, 100);
        this.decidedBy = by;
        this.decidedAt = now;
    }

    /** Puts the undecided item on another session's agenda. */
    public void moveTo(UUID otherSession) {
        if (outcome != null) {
            throw new ConflictException("a decided affair stays with the session that decided it");
        }
        this.sessionId = otherSession;
    }

    public boolean isDecided() {
        return outcome != null;
    }

    public UUID id() { return id; }
    public UUID sessionId() { return sessionId; }
    public UUID demandId() { return demandId; }
    public String addedBy() { return addedBy; }
    public Instant addedAt() { return addedAt; }
    public SessionOutcome outcome() { return outcome; }
    public String note() { return note; }
    public String assignee() { return assignee; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
}
