package org.weimin.evaluation.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.weimin.shared.InvalidInputException;

/**
 * A resident's rating of how their need was resolved: one per need and resident (the one who raised it, or one who has
 * it too), changeable for seven days. A 不满意 is visited back by staff, who record what they found and whether it was put
 * right. These ratings are the one source of the satisfaction rate.
 */
public class NeedRating {

    public static final Duration CHANGEABLE_FOR = Duration.ofDays(7);

    private String tenantId;
    private UUID id;
    private UUID needId;
    private UUID raterAccountId;
    private String rater;
    private Satisfaction satisfaction;
    private String comment;
    private Instant ratedAt;
    private Instant changedAt;
    private String visitOutcome;
    private String visitedBy;
    private Instant visitedAt;
    private boolean putRight;
    private long version;

    protected NeedRating() {
    }

    public static NeedRating rate(UUID needId, UUID raterAccountId, String rater, Satisfaction satisfaction, String comment, Instant now) {
        NeedRating rating = new NeedRating();
        rating.id = UUID.randomUUID();
        rating.needId = needId;
        rating.raterAccountId = raterAccountId;
        rating.rater = rater;
        rating.ratedAt = now;
        rating.say(satisfaction, comment, now);
        return rating;
    }

    /** The resident changes their mind, within seven days of first rating. */
    public void change(Satisfaction newSatisfaction, String newComment, Instant now) {
        if (now.isAfter(ratedAt.plus(CHANGEABLE_FOR))) {
            throw new EvaluationRuleException(EvaluationRuleException.Reason.RATING_CLOSED, "a rating is changed within 7 days of " + ratedAt);
        }
        if (visitedAt != null) {
            throw new EvaluationRuleException(EvaluationRuleException.Reason.ALREADY_VISITED, "staff have visited back on this rating");
        }
        say(newSatisfaction, newComment, now);
    }

    private void say(Satisfaction newSatisfaction, String newComment, Instant now) {
        if (newSatisfaction == null) {
            throw new InvalidInputException("satisfaction", "is missing: SATISFIED, BASICALLY_SATISFIED or DISSATISFIED");
        }
        this.satisfaction = newSatisfaction;
        this.comment = newComment == null || newComment.isBlank() ? null : InvalidInputException.atMost("comment", newComment.strip(), 500);
        this.changedAt = now;
    }

    /** Staff visit a dissatisfied resident back: what they found, and whether it is now put right. */
    public void visit(String by, String outcome, boolean fixed, Instant now) {
        if (satisfaction != Satisfaction.DISSATISFIED) {
            throw new EvaluationRuleException(EvaluationRuleException.Reason.NOT_DISSATISFIED, "only a 不满意 rating is visited back");
        }
        if (visitedAt != null) {
            throw new EvaluationRuleException(EvaluationRuleException.Reason.ALREADY_VISITED, "the return visit was recorded on " + visitedAt);
        }
        this.visitOutcome = InvalidInputException.required("outcome", outcome, 1000);
        this.visitedBy = by;
        this.visitedAt = now;
        this.putRight = fixed;
    }

    public boolean awaitsVisit() {
        return satisfaction == Satisfaction.DISSATISFIED && visitedAt == null;
    }

    /** Two 不满意 in a row among a need's ratings, the latest two as last said: the need is marked red for the cadre. */
    public static boolean red(List<NeedRating> ofOneNeed) {
        List<NeedRating> latest = ofOneNeed.stream().sorted(Comparator.comparing(NeedRating::changedAt).reversed()).limit(2).toList();
        return latest.size() == 2 && latest.stream().allMatch(r -> r.satisfaction == Satisfaction.DISSATISFIED);
    }

    public UUID id() { return id; }
    public UUID needId() { return needId; }
    public UUID raterAccountId() { return raterAccountId; }
    public String rater() { return rater; }
    public Satisfaction satisfaction() { return satisfaction; }
    public String comment() { return comment; }
    public Instant ratedAt() { return ratedAt; }
    public Instant changedAt() { return changedAt; }
    public String visitOutcome() { return visitOutcome; }
    public String visitedBy() { return visitedBy; }
    public Instant visitedAt() { return visitedAt; }
    public boolean putRight() { return putRight; }
}
