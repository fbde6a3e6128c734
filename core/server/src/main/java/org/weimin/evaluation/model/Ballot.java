package org.weimin.evaluation.model;

import java.time.Instant;
import java.util.UUID;

/** A household's one voice in a round: cast once, signed in on the portal or with the household's voting slip. */
public class Ballot {

    public enum Via { PORTAL, SLIP }

    private String tenantId;
    private UUID id;
    private UUID roundId;
    private UUID householdId;
    private Via via;
    private Instant castAt;

    protected Ballot() {
    }

    public Ballot(UUID roundId, UUID householdId, Via via, Instant castAt) {
        this.id = UUID.randomUUID();
        this.roundId = roundId;
        this.householdId = householdId;
        this.via = via;
        this.castAt = castAt;
    }

    /** How a household's answers are told apart from a supervisor's or the assessor's. */
    public String participant() {
        return "household:" + householdId;
    }

    public UUID id() { return id; }
    public UUID roundId() { return roundId; }
    public UUID householdId() { return householdId; }
    public Via via() { return via; }
    public Instant castAt() { return castAt; }
}
