package org.weimin.evaluation.model;

import java.time.Instant;
import java.util.UUID;

import org.weimin.spi.evaluation.Score;

/**
 * One participant's answers to one method's questionnaire about one subject, with the score the method gave them. A
 * participant answers each method and subject once.
 *
 * @param participant "household:&lt;id&gt;", a supervisor's username, or "assessor:&lt;name&gt;"
 */
public class RoundAnswer {

    private String tenantId;
    private UUID id;
    private UUID roundId;
    private UUID subjectId;
    private String featureId;
    private String participant;
    private String answers;
    private int score;
    private String explanationZh;
    private String explanationEn;
    private Instant answeredAt;

    protected RoundAnswer() {
    }

    public RoundAnswer(UUID roundId, UUID subjectId, String featureId, String participant, String answersJson, Score score, Instant now) {
        this.id = UUID.randomUUID();
        this.roundId = roundId;
        this.subjectId = subjectId;
        this.featureId = featureId;
        this.participant = participant;
        this.answers = answersJson;
        this.score = score.value();
        this.explanationZh = score.explanation().zh();
        this.explanationEn = score.explanation().en();
        this.answeredAt = now;
    }

    public Score asScore() {
        return new Score(score, org.weimin.spi.LocalizedText.of(explanationZh, explanationEn));
    }

    public UUID id() { return id; }
    public UUID roundId() { return roundId; }
    public UUID subjectId() { return subjectId; }
    public String featureId() { return featureId; }
    public String participant() { return participant; }
    public String answers() { return answers; }
    public int score() { return score; }
    public String explanationZh() { return explanationZh; }
    public String explanationEn() { return explanationEn; }
    public Instant answeredAt() { return answeredAt; }
}
