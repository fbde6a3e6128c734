package org.weimin.project.model;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** One expert's points for one proposal, a number per criterion of the call; the expert may change them until the call is decided. */
public class ScoreSheet {

    private String tenantId;
    private UUID id;
    private UUID callId;
    private UUID proposalId;
    private String expert;
    private String points;
    private int total;
    private Instant scoredAt;
    private long version;

    protected ScoreSheet() {
    }

    ScoreSheet(UUID callId, UUID proposalId, String expert, List<Integer> points, Instant now) {
        this.id = UUID.randomUUID();
        this.callId = callId;
        this.proposalId = proposalId;
        this.expert = expert;
        rescore(points, now);
    }

    final void rescore(List<Integer> newPoints, Instant now) {
        this.points = String.join(",", newPoints.stream().map(String::valueOf).toList());
        this.total = newPoints.stream().mapToInt(Integer::intValue).sum();
        this.scoredAt = now;
    }

    public UUID id() { return id; }
    public UUID callId() { return callId; }
    public UUID proposalId() { return proposalId; }
    public String expert() { return expert; }
    public int total() { return total; }
    public Instant scoredAt() { return scoredAt; }

    public List<Integer> points() {
        return Arrays.stream(points.split(",")).map(Integer::valueOf).toList();
    }
}
