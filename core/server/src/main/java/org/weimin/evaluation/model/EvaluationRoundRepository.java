package org.weimin.evaluation.model;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The community in scope's evaluation rounds, with their ballots, answers, slips, published versions and re-entries. */
public interface EvaluationRoundRepository {

    void add(EvaluationRound round);

    Optional<EvaluationRound> find(UUID id);

    Optional<EvaluationRound> lock(UUID id);

    /** Newest period first. */
    List<EvaluationRound> all();

    void add(Ballot ballot, List<RoundAnswer> answers);

    void add(RoundAnswer answer);

    Optional<Ballot> ballotOf(UUID roundId, UUID householdId);

    int ballots(UUID roundId);

    List<RoundAnswer> answers(UUID roundId);

    /** How many answers each method of the round has received, by feature id. */
    java.util.Map<String, Integer> answersPerMethod(UUID roundId);

    boolean answered(UUID roundId, UUID subjectId, String featureId, String participant);

    /** The households that have voted in the round. */
    java.util.Set<UUID> votedHouseholds(UUID roundId);

    /** The round's slips by household. */
    java.util.Map<UUID, VotingSlip> slips(UUID roundId);

    Optional<VotingSlip> slipByCode(UUID roundId, String codeHash);

    void add(VotingSlip slip);

    void add(RoundResult result);

    /** Every published version, first first. */
    List<RoundResult> results(UUID roundId);

    void add(Reentry reentry);

    boolean reentered(Reentry.Evidence evidence, UUID evidenceId);

    List<Reentry> reentries(UUID roundId);
}
