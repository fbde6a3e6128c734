package org.weimin.project.model;

import java.util.UUID;

/** One line of a project's budget: what the money is for, in fen. */
public class BudgetLine {

    private String tenantId;
    private UUID id;
    private UUID projectId;
    private int position;
    private String item;
    private long amountFen;

    protected BudgetLine() {
    }

    BudgetLine(UUID projectId, int position, String item, long amountFen) {
        this.id = UUID.randomUUID();
        this.projectId = projectId;
        this.position = position;
        this.item = item;
        this.amountFen = amountFen;
    }

    public UUID id() { return id; }
    public UUID projectId() { return projectId; }
    public int position() { return position; }
    public String item() { return item; }
    public long amountFen() { return amountFen; }
}
