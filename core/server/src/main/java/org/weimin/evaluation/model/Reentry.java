package org.weimin.evaluation.model;

import java.time.Instant;
import java.util.UUID;

/**
 * What a closed round sent back into the demand library (上轮评估): a new need, and the evidence it came from. Each piece
 * of evidence re-enters once, however often the loop runs.
 */
public class Reentry {

    /** Why something re-entered. */
    public enum Evidence {
        /** A need still open past its resolution deadline. */
        OVERDUE_NEED,
        /** A resolution rated 不满意 and not put right after the return visit. */
        DISSATISFIED_RATING,
        /** A micro-project that scored below the round's threshold. */
        LOW_SCORING_PROJECT
    }

    private String tenantId;
    private UUID id;
    private UUID roundId;
    private Evidence evidence;
    private UUID evidenceId;
    private String evidenceLabel;
    private UUID needId;
    private String needReference;
    private Instant at;

    protected Reentry() {
    }

    /** @param evidenceLabel how people name the evidence: the old need's reference, or the project's title */
    public Reentry(UUID roundId, Evidence evidence, UUID evidenceId, String evidenceLabel, UUID needId, String needReference, Instant at) {
        this.id = UUID.randomUUID();
        this.roundId = roundId;
        this.evidence = evidence;
        this.evidenceId = evidenceId;
        this.evidenceLabel = evidenceLabel;
        this.needId = needId;
        this.needReference = needReference;
        this.at = at;
    }

    public UUID id() { return id; }
    public UUID roundId() { return roundId; }
    public Evidence evidence() { return evidence; }
    public UUID evidenceId() { return evidenceId; }
    public String evidenceLabel() { return evidenceLabel; }
    public UUID needId() { return needId; }
    public String needReference() { return needReference; }
    public Instant at() { return at; }
}
