package org.weimin.evaluation.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A published version of a round's results (张榜公开): never changed once written. A correction is the next version,
 * saying what changed and why.
 */
public class RoundResult {

    /** Residents' ratings of needs resolved in the round's period, as published beside the scores. */
    public record Ratings(int satisfied, int basicallySatisfied, int dissatisfied) {
        public int total() {
            return satisfied + basicallySatisfied + dissatisfied;
        }
    }

    private String tenantId;
    private UUID id;
    private UUID roundId;
    private int number;
    private String publishedBy;
    private Instant publishedAt;
    private String change;
    private String reason;
    private int households;
    private int ballots;
    private int ratedSatisfied;
    private int ratedBasically;
    private int ratedDissatisfied;
    private List<RoundScore> scores = List.of();

    protected RoundResult() {
    }

    /**
     * @param change what this version changed from the one before (null for the first)
     * @param households the households registered when the round closed; ballots, how many of them voted
     */
    public static RoundResult publish(UUID roundId, int number, List<RoundScore> scores, int households, int ballots, Ratings ratings,
                                      String change, String reason, String by, Instant now) {
        RoundResult result = new RoundResult();
        result.id = UUID.randomUUID();
        result.roundId = roundId;
        result.number = number;
        result.scores = List.copyOf(scores);
        result.scores.forEach(s -> s.belongTo(result.id));
        result.households = households;
        result.ballots = ballots;
        result.ratedSatisfied = ratings.satisfied();
        result.ratedBasically = ratings.basicallySatisfied();
        result.ratedDissatisfied = ratings.dissatisfied();
        result.change = change;
        result.reason = reason;
        result.publishedBy = by;
        result.publishedAt = now;
        return result;
    }

    public Optional<RoundScore> overall(UUID subjectId) {
        return scores.stream().filter(s -> s.subjectId().equals(subjectId) && s.isOverall()).findFirst();
    }

    public Optional<RoundScore> of(UUID subjectId, String featureId) {
        return scores.stream().filter(s -> s.subjectId().equals(subjectId) && featureId.equals(s.featureId())).findFirst();
    }

    public Ratings ratings() {
        return new Ratings(ratedSatisfied, ratedBasically, ratedDissatisfied);
    }

    /** Loaded by the repository with the version. */
    public void load(List<RoundScore> loaded) {
        this.scores = List.copyOf(loaded);
    }

    public UUID id() { return id; }
    public UUID roundId() { return roundId; }
    public int number() { return number; }
    public String publishedBy() { return publishedBy; }
    public Instant publishedAt() { return publishedAt; }
    public String change() { return change; }
    public String reason() { return reason; }
    public int households() { return households; }
    public int ballots() { return ballots; }
    public List<RoundScore> scores() { return scores; }
}
