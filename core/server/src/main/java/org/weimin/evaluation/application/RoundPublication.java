package org.weimin.evaluation.application;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.weimin.evaluation.model.EvaluationRound;
import org.weimin.evaluation.model.EvaluationRoundRepository;
import org.weimin.evaluation.model.EvaluationRuleException;
import org.weimin.evaluation.model.NeedRating;
import org.weimin.evaluation.model.NeedRatingRepository;
import org.weimin.evaluation.model.RoundAnswer;
import org.weimin.evaluation.model.RoundResult;
import org.weimin.evaluation.model.RoundScore;
import org.weimin.evaluation.model.RoundStatus;
import org.weimin.evaluation.model.Satisfaction;
import org.weimin.grid.application.Households;
import org.weimin.identity.application.InCommunity;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Permission;
import org.weimin.tenancy.application.CommunityDirectory;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The transactions of closing and correcting a round. Closing first stops the answers; the published version and the
 * loop into the next round follow in one transaction of their own, so a closing cut short is finished by closing again.
 */
@ApplicationScoped
public class RoundPublication {

    /** A round to score, with the answers it has. */
    public record ToScore(EvaluationRound round, List<RoundAnswer> answers, List<RoundResult> published) {
    }

    @Inject
    EvaluationRoundRepository rounds;

    @Inject
    NeedRatingRepository ratings;

    @Inject
    Households households;

    @Inject
    FeedbackLoop loop;

    @Inject
    CommunityDirectory communities;

    @Inject
    Clock clock;

    /** Stops the answers (unless a closing cut short did already) and hands over what there is to score. */
    @InCommunity
    @Transactional
    public ToScore close(CommunityId community, Caller caller, UUID roundId) {
        caller.require(Permission.MANAGE_COMMUNITY, EvaluationRounds.RUN_BY_CADRE);
        EvaluationRound round = EvaluationRounds.locked(rounds, roundId);
        if (round.status() == RoundStatus.COLLECTING) {
            round.close(caller.username(), clock.instant());
        } else if (!rounds.results(roundId).isEmpty()) {
            throw new EvaluationRuleException(EvaluationRuleException.Reason.ROUND_CLOSED, "the round was closed and published on " + round.closedAt());
        }
        return new ToScore(round, rounds.answers(roundId), List.of());
    }

    /** What a correction starts from: the closed round's answers and its published versions. */
    @InCommunity
    @Transactional
    public ToScore toCorrect(CommunityId community, Caller caller, UUID roundId) {
        caller.require(Permission.MANAGE_COMMUNITY, EvaluationRounds.RUN_BY_CADRE);
        EvaluationRound round = EvaluationRounds.found(rounds, roundId);
        round.requireClosed();
        List<RoundResult> published = rounds.results(roundId);
        if (published.isEmpty()) {
            throw new EvaluationRuleException(EvaluationRuleException.Reason.ROUND_OPEN, "close the round before correcting its results");
        }
        return new ToScore(round, rounds.answers(roundId), published);
    }

    /** The first version and the loop into the next round; once, however often closing is asked. */
    @InCommunity
    @Transactional
    public void publishFirst(CommunityId community, Caller caller, UUID roundId, List<RoundScore> scores) {
        EvaluationRound round = EvaluationRounds.locked(rounds, roundId);
        round.requireClosed();
        if (!rounds.results(roundId).isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        RoundResult result = RoundResult.publish(roundId, 1, scores, households.count(), rounds.ballots(roundId), ratingsOf(community, round),
                null, null, caller.username(), now);
        rounds.add(result);
        loop.run(round, result, caller.username(), now);
    }

    /** A correction: the next version, saying what changed and why; the earlier versions stay as they were. */
    @InCommunity
    @Transactional
    public void publishCorrection(CommunityId community, Caller caller, UUID roundId, int after, List<RoundScore> scores, String change,
                                  String reason) {
        EvaluationRound round = EvaluationRounds.locked(rounds, roundId);
        List<RoundResult> published = rounds.results(roundId);
        RoundResult latest = published.get(published.size() - 1);
        if (latest.number() != after) {
            throw new EvaluationRuleException(EvaluationRuleException.Reason.NOTHING_CHANGED, "version " + latest.number()
                    + " was published meanwhile; look at it before correcting again");
        }
        rounds.add(RoundResult.publish(round.id(), after + 1, scores, latest.households(), latest.ballots(), latest.ratings(), change, reason,
                caller.username(), clock.instant()));
    }

    private RoundResult.Ratings ratingsOf(CommunityId community, EvaluationRound round) {
        ZoneId zone = communities.requireActive(community).timeZone();
        List<NeedRating> given = ratings.ratedBetween(round.periodStart().atStartOfDay(zone).toInstant(),
                round.periodEnd().plusDays(1).atStartOfDay(zone).toInstant());
        return new RoundResult.Ratings(count(given, Satisfaction.SATISFIED), count(given, Satisfaction.BASICALLY_SATISFIED),
                count(given, Satisfaction.DISSATISFIED));
    }

    private static int count(List<NeedRating> given, Satisfaction satisfaction) {
        return (int) given.stream().filter(r -> r.satisfaction() == satisfaction).count();
    }
}
