package org.weimin.evaluation.model;

import java.util.UUID;

/** One evaluation method a round uses, with its weight in the round's result. */
public class RoundMethod {

    private String tenantId;
    private UUID id;
    private UUID roundId;
    private String featureId;
    private int weight;
    private int position;

    protected RoundMethod() {
    }

    RoundMethod(UUID roundId, String featureId, int weight, int position) {
        this.id = UUID.randomUUID();
        this.roundId = roundId;
        this.featureId = featureId;
        this.weight = weight;
        this.position = position;
    }

    public UUID id() { return id; }
    public UUID roundId() { return roundId; }
    public String featureId() { return featureId; }
    public int weight() { return weight; }
    public int position() { return position; }
}
