package org.weimin.evaluation.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.weimin.evaluation.model.Ballot;
import org.weimin.evaluation.model.EvaluationRound;
import org.weimin.evaluation.model.EvaluationRoundRepository;
import org.weimin.evaluation.model.EvaluationRuleException;
import org.weimin.evaluation.model.RoundAnswer;
import org.weimin.evaluation.model.VotingSlip;
import org.weimin.identity.application.CommunityPeople;
import org.weimin.identity.application.InCommunity;
import org.weimin.identity.model.Caller;
import org.weimin.platform.application.RetriedOnClash;
import org.weimin.shared.ForbiddenActionException;
import org.weimin.tenancy.application.CommunityDirectory;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Stores a participant's scored answers, all or none, under the round's lock: while it collects, once per household
 * (the database holds a household to one ballot even when two of it press at once) and once per participant and question.
 */
@ApplicationScoped
public class RoundBook {

    @Inject
    EvaluationRoundRepository rounds;

    @Inject
    CommunityPeople people;

    @Inject
    CommunityDirectory communities;

    @Inject
    Clock clock;

    @InCommunity
    @Transactional
    public UUID householdOf(CommunityId community, Caller caller) {
        return caller.community().flatMap(c -> people.byUsername(caller.username())).map(CommunityPeople.Person::householdId)
                .orElseThrow(() -> new ForbiddenActionException("a resident registered in one of the community's households votes"));
    }

    @InCommunity
    @Transactional
    public UUID householdOfSlip(CommunityId community, UUID roundId, String code) {
        EvaluationRounds.found(rounds, roundId);
        return rounds.slipByCode(roundId, VotingSlip.hash(code)).map(VotingSlip::householdId)
                .orElseThrow(() -> new EvaluationRuleException(EvaluationRuleException.Reason.SLIP_NOT_VALID,
                        "this round issued no voting slip with that code, or a newer slip replaced it"));
    }

    /**
     * Refuses a household that has voted before its answers go to the method plugins, so a second voter hears why at once;
     * storeBallot asks again under the round's lock, which is what keeps two simultaneous ballots from both counting.
     */
    @InCommunity
    @Transactional
    public void requireNoBallot(CommunityId community, UUID roundId, UUID household) {
        EvaluationRound round = EvaluationRounds.found(rounds, roundId);
        round.requireCollecting(EvaluationRounds.today(communities, community, clock));
        if (rounds.ballotOf(roundId, household).isPresent()) {
            throw alreadyVoted();
        }
    }

    @RetriedOnClash
    @InCommunity
    @Transactional
    public void storeBallot(CommunityId community, UUID roundId, UUID household, Ballot.Via via, List<ScoredAnswer> scored) {
        EvaluationRound round = open(community, roundId);
        if (rounds.ballotOf(roundId, household).isPresent()) {
            throw alreadyVoted();
        }
        Instant now = clock.instant();
        Ballot ballot = new Ballot(roundId, household, via, now);
        rounds.add(ballot, scored.stream().map(a -> answer(round, ballot.participant(), a, now)).toList());
    }

    @RetriedOnClash
    @InCommunity
    @Transactional
    public void storeAnswers(CommunityId community, UUID roundId, String participant, List<ScoredAnswer> scored) {
        EvaluationRound round = open(community, roundId);
        Instant now = clock.instant();
        for (ScoredAnswer a : scored) {
            if (rounds.answered(roundId, a.subjectId(), a.featureId(), participant)) {
                throw new EvaluationRuleException(EvaluationRuleException.Reason.ALREADY_ANSWERED,
                        "this has been answered about " + round.subject(a.subjectId()).orElseThrow().title() + " already");
            }
            rounds.add(answer(round, participant, a, now));
        }
    }

    private EvaluationRound open(CommunityId community, UUID roundId) {
        EvaluationRound round = EvaluationRounds.locked(rounds, roundId);
        round.requireCollecting(EvaluationRounds.today(communities, community, clock));
        return round;
    }

    private static RoundAnswer answer(EvaluationRound round, String participant, ScoredAnswer a, Instant now) {
        round.subject(a.subjectId()).orElseThrow();
        return new RoundAnswer(round.id(), a.subjectId(), a.featureId(), participant, a.answersJson(), a.score(), now);
    }

    private static EvaluationRuleException alreadyVoted() {
        return new EvaluationRuleException(EvaluationRuleException.Reason.ALREADY_ANSWERED, "your household has voted in this round");
    }
}
