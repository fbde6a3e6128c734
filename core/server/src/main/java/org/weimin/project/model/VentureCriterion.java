package org.weimin.project.model;

import java.util.UUID;

/** One criterion a venture call's experts score every proposal on, from 0 to its most points. */
public class VentureCriterion {

    private String tenantId;
    private UUID id;
    private UUID callId;
    private int position;
    private String name;
    private int maxPoints;

    protected VentureCriterion() {
    }

    VentureCriterion(UUID callId, int position, String name, int maxPoints) {
        this.id = UUID.randomUUID();
        this.callId = callId;
        this.position = position;
        this.name = name;
        this.maxPoints = maxPoints;
    }

    public UUID id() { return id; }
    public UUID callId() { return callId; }
    public int position() { return position; }
    public String name() { return name; }
    public int maxPoints() { return maxPoints; }
}
