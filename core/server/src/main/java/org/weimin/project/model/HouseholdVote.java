package org.weimin.project.model;

import java.time.Instant;
import java.util.UUID;

/** A household's one voice in a venture call's public vote, for one proposal; the database keeps it to one per household and call. */
public class HouseholdVote {

    private String tenantId;
    private UUID id;
    private UUID callId;
    private UUID householdId;
    private UUID proposalId;
    private String voter;
    private Instant castAt;

    protected HouseholdVote() {
    }

    HouseholdVote(UUID callId, UUID householdId, UUID proposalId, String voter, Instant castAt) {
        this.id = UUID.randomUUID();
        this.callId = callId;
        this.householdId = householdId;
        this.proposalId = proposalId;
        this.voter = voter;
        this.castAt = castAt;
    }

    public UUID id() { return id; }
    public UUID callId() { return callId; }
    public UUID householdId() { return householdId; }
    public UUID proposalId() { return proposalId; }
    public String voter() { return voter; }
    public Instant castAt() { return castAt; }
}
