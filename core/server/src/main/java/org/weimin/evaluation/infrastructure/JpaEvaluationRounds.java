package org.weimin.evaluation.infrastructure;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.weimin.evaluation.model.Ballot;
import org.weimin.evaluation.model.EvaluationRound;
import org.weimin.evaluation.model.EvaluationRoundRepository;
import org.weimin.evaluation.model.Reentry;
import org.weimin.evaluation.model.RoundAnswer;
import org.weimin.evaluation.model.RoundMethod;
import org.weimin.evaluation.model.RoundResult;
import org.weimin.evaluation.model.RoundScore;
import org.weimin.evaluation.model.RoundSubject;
import org.weimin.evaluation.model.VotingSlip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

@ApplicationScoped
public class JpaEvaluationRounds implements EvaluationRoundRepository {

    @Inject
    EntityManager em;

    @Override
    public void add(EvaluationRound round) {
        em.persist(round);
        round.methods().forEach(em::persist);
        round.subjects().forEach(em::persist);
    }

    @Override
    public Optional<EvaluationRound> find(UUID id) {
        return withParts(em.createQuery("select r from EvaluationRound r where r.id = :id", EvaluationRound.class).setParameter("id", id)
                .getResultList()).stream().findFirst();
    }

    @Override
    public Optional<EvaluationRound> lock(UUID id) {
        return withParts(em.createQuery("select r from EvaluationRound r where r.id = :id", EvaluationRound.class).setParameter("id", id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()).stream().findFirst();
    }

    @Override
    public List<EvaluationRound> all() {
        return withParts(em.createQuery("select r from EvaluationRound r order by r.periodStart desc, r.openedAt desc", EvaluationRound.class)
                .getResultList());
    }

    @Override
    public void add(Ballot ballot, List<RoundAnswer> answers) {
        em.persist(ballot);
        answers.forEach(em::persist);
        em.flush();
    }

    @Override
    public void add(RoundAnswer answer) {
        em.persist(answer);
        em.flush();
    }

    @Override
    public Optional<Ballot> ballotOf(UUID roundId, UUID householdId) {
        return em.createQuery("select b from Ballot b where b.roundId = :round and b.householdId = :household", Ballot.class)
                .setParameter("round", roundId).setParameter("household", householdId).getResultStream().findFirst();
    }

    @Override
    public int ballots(UUID roundId) {
        return em.createQuery("select count(b) from Ballot b where b.roundId = :round", Long.class).setParameter("round", roundId)
                .getSingleResult().intValue();
    }

    @Override
    public List<RoundAnswer> answers(UUID roundId) {
        return em.createQuery("select a from RoundAnswer a where a.roundId = :round order by a.answeredAt", RoundAnswer.class)
                .setParameter("round", roundId).getResultList();
    }

    @Override
    public java.util.Map<String, Integer> answersPerMethod(UUID roundId) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        em.createQuery("select a.featureId, count(a) from RoundAnswer a where a.roundId = :round group by a.featureId", Object[].class)
                .setParameter("round", roundId).getResultStream().forEach(row -> counts.put((String) row[0], ((Long) row[1]).intValue()));
        return counts;
    }

    @Override
    public boolean answered(UUID roundId, UUID subjectId, String featureId, String participant) {
        return !em.createQuery("select a.id from RoundAnswer a where a.roundId = :round and a.subjectId = :subject"
                        + " and a.featureId = :feature and a.participant = :participant", UUID.class)
                .setParameter("round", roundId).setParameter("subject", subjectId).setParameter("feature", featureId)
                .setParameter("participant", participant).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public java.util.Set<UUID> votedHouseholds(UUID roundId) {
        return new java.util.HashSet<>(em.createQuery("select b.householdId from Ballot b where b.roundId = :round", UUID.class)
                .setParameter("round", roundId).getResultList());
    }

    @Override
    public Map<UUID, VotingSlip> slips(UUID roundId) {
        return em.createQuery("select s from VotingSlip s where s.roundId = :round", VotingSlip.class).setParameter("round", roundId)
                .getResultStream().collect(Collectors.toMap(VotingSlip::householdId, s -> s));
    }

    @Override
    public Optional<VotingSlip> slipByCode(UUID roundId, String codeHash) {
        return em.createQuery("select s from VotingSlip s where s.roundId = :round and s.codeHash = :hash", VotingSlip.class)
                .setParameter("round", roundId).setParameter("hash", codeHash).getResultStream().findFirst();
    }

    @Override
    public void add(VotingSlip slip) {
        em.persist(slip);
    }

    @Override
    public void add(RoundResult result) {
        em.persist(result);
        result.scores().forEach(em::persist);
        em.flush();
    }

    @Override
    public List<RoundResult> results(UUID roundId) {
        List<RoundResult> results = em.createQuery("select r from RoundResult r where r.roundId = :round order by r.number", RoundResult.class)
                .setParameter("round", roundId).getResultList();
        if (results.isEmpty()) {
            return results;
        }
        Map<UUID, List<RoundScore>> scores = em.createQuery("select s from RoundScore s where s.resultId in :ids", RoundScore.class)
                .setParameter("ids", results.stream().map(RoundResult::id).toList()).getResultStream()
                .collect(Collectors.groupingBy(RoundScore::resultId));
        results.forEach(r -> r.load(scores.getOrDefault(r.id(), List.of())));
        return results;
    }

    @Override
    public void add(Reentry reentry) {
        em.persist(reentry);
        em.flush();
    }

    @Override
    public boolean reentered(Reentry.Evidence evidence, UUID evidenceId) {
        return !em.createQuery("select r.id from Reentry r where r.evidence = :evidence and r.evidenceId = :id", UUID.class)
                .setParameter("evidence", evidence).setParameter("id", evidenceId).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public List<Reentry> reentries(UUID roundId) {
        return em.createQuery("select r from Reentry r where r.roundId = :round order by r.at", Reentry.class).setParameter("round", roundId)
                .getResultList();
    }

    private List<EvaluationRound> withParts(List<EvaluationRound> rounds) {
        if (rounds.isEmpty()) {
            return rounds;
        }
        List<UUID> ids = rounds.stream().map(EvaluationRound::id).toList();
        Map<UUID, List<RoundMethod>> methods = em.createQuery("select m from RoundMethod m where m.roundId in :ids order by m.position",
                RoundMethod.class).setParameter("ids", ids).getResultStream().collect(Collectors.groupingBy(RoundMethod::roundId));
        Map<UUID, List<RoundSubject>> subjects = em.createQuery("select s from RoundSubject s where s.roundId in :ids order by s.position",
                RoundSubject.class).setParameter("ids", ids).getResultStream().collect(Collectors.groupingBy(RoundSubject::roundId));
        rounds.forEach(r -> r.load(methods.getOrDefault(r.id(), List.of()), subjects.getOrDefault(r.id(), List.of())));
        return rounds;
    }
}
