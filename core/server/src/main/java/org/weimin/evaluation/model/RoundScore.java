package org.weimin.evaluation.model;

import java.util.UUID;

/**
 * One published figure of a result version: a method's score of a subject (or, without a method, the subject's weighted
 * result), with how many took part and how it came about.
 */
public class RoundScore {

    private String tenantId;
    private UUID id;
    private UUID resultId;
    private UUID subjectId;
    private String featureId;
    private int weight;
    private int score;
    private int participants;
    private String explanationZh;
    private String explanationEn;

    protected RoundScore() {
    }

    public RoundScore(UUID subjectId, String featureId, int weight, int score, int participants, String explanationZh, String explanationEn) {
        this.id = UUID.randomUUID();
        this.subjectId = subjectId;
        this.featureId = featureId;
        this.weight = weight;
        this.score = score;
        this.participants = participants;
        this.explanationZh = explanationZh;
        this.explanationEn = explanationEn;
    }

    void belongTo(UUID result) {
        this.resultId = result;
    }

    /** The subject's weighted result over its methods, rather than one method's score. */
    public boolean isOverall() {
        return featureId == null;
    }

    public UUID id() { return id; }
    public UUID resultId() { return resultId; }
    public UUID subjectId() { return subjectId; }
    public String featureId() { return featureId; }
    public int weight() { return weight; }
    public int score() { return score; }
    public int participants() { return participants; }
    public String explanationZh() { return explanationZh; }
    public String explanationEn() { return explanationEn; }
}
