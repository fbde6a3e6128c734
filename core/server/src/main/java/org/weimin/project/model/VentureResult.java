package org.weimin.project.model;

import java.math.BigDecimal;
import java.util.UUID;

/** A proposal's place in a decided venture call, kept as it was published so the board never changes afterwards. */
public class VentureResult {

    private String tenantId;
    private UUID id;
    private UUID callId;
    private UUID proposalId;
    private int rank;
    private BigDecimal expertScore;
    private BigDecimal publicScore;
    private BigDecimal combinedScore;
    private long votes;
    private boolean tieBroken;
    private VentureRanking.Outcome outcome;

    protected VentureResult() {
    }

    VentureResult(UUID callId, VentureRanking.Place place) {
        this.id = UUID.randomUUID();
        this.callId = callId;
        this.proposalId = place.ranked().contender().proposalId();
        this.rank = place.rank();
        this.expertScore = place.ranked().expertScore();
        this.publicScore = place.ranked().publicScore();
        this.combinedScore = place.ranked().combined();
        this.votes = place.ranked().contender().votes();
        this.tieBroken = place.tieBroken();
        this.outcome = place.outcome();
    }

    public UUID id() { return id; }
    public UUID callId() { return callId; }
    public UUID proposalId() { return proposalId; }
    public int rank() { return rank; }
    public BigDecimal expertScore() { return expertScore; }
    public BigDecimal publicScore() { return publicScore; }
    public BigDecimal combinedScore() { return combinedScore; }
    public long votes() { return votes; }
    public boolean tieBroken() { return tieBroken; }
    public VentureRanking.Outcome outcome() { return outcome; }
}
