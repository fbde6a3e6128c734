package org.weimin.evaluation.model;

import java.util.UUID;

import org.weimin.spi.evaluation.EvaluationSubject;

/** What a round evaluates: the community's own period (every round has it) or one of its micro-projects. */
public class RoundSubject {

    private String tenantId;
    private UUID id;
    private UUID roundId;
    private EvaluationSubject kind;
    private UUID projectId;
    private String title;
    private int position;

    protected RoundSubject() {
    }

    RoundSubject(UUID roundId, EvaluationSubject kind, UUID projectId, String title, int position) {
        this.id = UUID.randomUUID();
        this.roundId = roundId;
        this.kind = kind;
        this.projectId = projectId;
        this.title = title;
        this.position = position;
    }

    public UUID id() { return id; }
    public UUID roundId() { return roundId; }
    public EvaluationSubject kind() { return kind; }
    public UUID projectId() { return projectId; }
    public String title() { return title; }
    public int position() { return position; }
}
