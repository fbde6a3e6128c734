package org.weimin.affair.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One handling session (例会) of the community's cadence, on its day: one per day at most (a unique key), so
 * instances and reruns preparing the next session make it once. It takes affairs until it is held.
 */
public class HandlingSession {

    private String tenantId;
    private UUID id;
    private LocalDate heldOn;
    private Instant startsAt;
    private String place;
    private Instant createdAt;
    private long version;

    protected HandlingSession() {
    }

    public HandlingSession(LocalDate heldOn, Instant startsAt, String place, Instant now) {
        this.id = UUID.randomUUID();
        this.heldOn = heldOn;
        this.startsAt = startsAt;
        this.place = place;
        this.createdAt = now;
    }

    /** Whether its day has passed: what it did not decide goes to the next session. */
    public boolean isOver(LocalDate today) {
        return heldOn.isBefore(today);
    }

    public UUID id() { return id; }
    public LocalDate heldOn() { return heldOn; }
    public Instant startsAt() { return startsAt; }
    public String place() { return place; }
    public Instant createdAt() { return createdAt; }
}
