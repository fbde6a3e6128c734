package org.weimin.project.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A milestone of a project: its deliverable, when it is due, what it pays on acceptance (a milestone's share of a direct
 * grant, or a deliverable's price in a purchase; a reward's targets pay nothing on their own) and how it is accepted.
 */
public class Milestone {

    private String tenantId;
    private UUID id;
    private UUID projectId;
    private int position;
    private String title;
    private String deliverable;
    private String acceptanceCriteria;
    private LocalDate dueOn;
    private long amountFen;
    private MilestoneStatus status;
    private String deliveryNote;
    private String acceptedBy;
    private Instant acceptedAt;
    private long version;

    protected Milestone() {
    }

    Milestone(UUID projectId, int position, String title, String deliverable, String acceptanceCriteria, LocalDate dueOn, long amountFen) {
        this.id = UUID.randomUUID();
        this.projectId = projectId;
        this.position = position;
        this.title = title;
        this.deliverable = deliverable;
        this.acceptanceCriteria = acceptanceCriteria;
        this.dueOn = dueOn;
        this.amountFen = amountFen;
        this.status = MilestoneStatus.PLANNED;
    }

    void deliver(String note) {
        if (status != MilestoneStatus.PLANNED) {
            throw new ProjectRuleException(ProjectRuleException.Reason.MILESTONE_NOT_OPEN, "this milestone was delivered already");
        }
        this.status = MilestoneStatus.DELIVERED;
        this.deliveryNote = note;
    }

    void accept(String by, Instant now) {
        if (status != MilestoneStatus.DELIVERED) {
            throw new ProjectRuleException(ProjectRuleException.Reason.NOT_DELIVERED, "only a delivered milestone is accepted");
        }
        this.status = MilestoneStatus.ACCEPTED;
        this.acceptedBy = by;
        this.acceptedAt = now;
    }

    public UUID id() { return id; }
    public UUID projectId() { return projectId; }
    public int position() { return position; }
    public String title() { return title; }
    public String deliverable() { return deliverable; }
    public String acceptanceCriteria() { return acceptanceCriteria; }
    public LocalDate dueOn() { return dueOn; }
    public long amountFen() { return amountFen; }
    public MilestoneStatus status() { return status; }
    public String deliveryNote() { return deliveryNote; }
    public String acceptedBy() { return acceptedBy; }
    public Instant acceptedAt() { return acceptedAt; }
}
