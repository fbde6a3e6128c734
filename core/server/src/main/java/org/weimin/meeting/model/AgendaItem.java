package org.weimin.meeting.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One affair on a joint meeting's agenda and, once taken, the meeting's decision on it. */
public class AgendaItem {

    private String tenantId;
    private UUID id;
    private UUID meetingId;
    private UUID demandId;
    private int position;
    private String addedBy;
    private Instant addedAt;
    private DecisionOutcome outcome;
    private String decision;
    private String assignee;
    private LocalDate dueDate;
    private String decidedBy;
    private Instant decidedAt;
    private long version;

    protected AgendaItem() {
    }

    public AgendaItem(UUID meetingId, UUID demandId, int position, String addedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.meetingId = meetingId;
        this.demandId = demandId;
        this.position = position;
        this.addedBy = addedBy;
        this.addedAt = now;
    }

    /**
     * Records the meeting's decision: going ahead needs someone responsible and a due date; declining needs
     * the reason, which the resident reads.
     */
    public void decide(DecisionOutcome outcome, String decision, String assignee, LocalDate dueDate, String actor, Instant now) {
        if (isDecided()) {
            throw MeetingRuleException.conflict("this affair already has the meeting's decision");
        }
        if (outcome == null) {
            throw MeetingRuleException.invalid("outcome", "say whether the affair goes ahead or is declined");
        }
        if (decision == null || decision.isBlank()) {
            throw MeetingRuleException.invalid("decision", "write down what the meeting decided");
        }
        if (decision.strip().length() > 2000) {
            throw MeetingRuleException.invalid("decision", "a decision is at most 2000 characters");
        }
        if (outcome == DecisionOutcome.PROCEED) {
            if (assignee == null || assignee.isBlank()) {
                throw MeetingRuleException.invalid("assignee", "name who is responsible for carrying the decision out");
            }
            if (assignee.strip().length() > 100) {
                throw MeetingRuleException.invalid("assignee", "the responsible party is at most 100 characters");
            }
            if (dueDate == null) {
                throw MeetingRuleException.invalid("dueDate", "set the date by which it is done");
            }
            this.assignee = assignee.strip();
            this.dueDate = dueDate;
        }
        this.outcome = outcome;
        this.decision = decision.strip();
        this.decidedBy = actor;
        this.decidedAt = now;
    }

    public boolean isDecided() {
        return outcome != null;
    }

    public UUID id() {
        return id;
    }

    public UUID meetingId() {
        return meetingId;
    }

    public UUID demandId() {
        return demandId;
    }

    public int position() {
        return position;
    }

    public String addedBy() {
        return addedBy;
    }

    public DecisionOutcome outcome() {
        return outcome;
    }

    public String decision() {
        return decision;
    }

    public String assignee() {
        return assignee;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
