package org.weimin.project.infrastructure;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.weimin.project.model.HouseholdVote;
import org.weimin.project.model.ScoreSheet;
import org.weimin.project.model.VentureCall;
import org.weimin.project.model.VentureCriterion;
import org.weimin.project.model.VentureExpert;
import org.weimin.project.model.VentureRepository;
import org.weimin.project.model.VentureResult;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

@ApplicationScoped
public class JpaVentureRepository implements VentureRepository {

    @Inject
    EntityManager em;

    @Override
    public void add(VentureCall call) {
        em.persist(call);
        call.criteria().forEach(em::persist);
        call.experts().forEach(em::persist);
    }

    @Override
    public Optional<VentureCall> lock(UUID id) {
        return withParts(em.createQuery("select c from VentureCall c where c.id = :id", VentureCall.class).setParameter("id", id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()).stream().findFirst();
    }

    @Override
    public Optional<VentureCall> find(UUID id) {
        return withParts(em.createQuery("select c from VentureCall c where c.id = :id", VentureCall.class).setParameter("id", id)
                .getResultList()).stream().findFirst();
    }

    @Override
    public List<VentureCall> all() {
        return withParts(em.createQuery("select c from VentureCall c order by c.openedAt desc", VentureCall.class).getResultList());
    }

    @Override
    public Optional<ScoreSheet> sheet(UUID callId, UUID proposalId, String expert) {
        return em.createQuery("select s from ScoreSheet s where s.callId = :call and s.proposalId = :proposal and s.expert = :expert",
                ScoreSheet.class).setParameter("call", callId).setParameter("proposal", proposalId).setParameter("expert", expert)
                .getResultStream().findFirst();
    }

    @Override
    public void addSheet(ScoreSheet sheet) {
        em.persist(sheet);
    }

    @Override
    public List<ScoreSheet> sheets(UUID callId) {
        return em.createQuery("select s from ScoreSheet s where s.callId = :call order by s.scoredAt", ScoreSheet.class)
                .setParameter("call", callId).getResultList();
    }

    @Override
    public Optional<HouseholdVote> voteOf(UUID callId, UUID householdId) {
        return em.createQuery("select v from HouseholdVote v where v.callId = :call and v.householdId = :household", HouseholdVote.class)
                .setParameter("call", callId).setParameter("household", householdId).getResultStream().findFirst();
    }

    @Override
    public void addVote(HouseholdVote vote) {
        em.persist(vote);
        em.flush();
    }

    @Override
    public Map<UUID, Long> votes(UUID callId) {
        return em.createQuery("select v.proposalId, count(v) from HouseholdVote v where v.callId = :call group by v.proposalId", Object[].class)
                .setParameter("call", callId).getResultStream().collect(Collectors.toMap(row -> (UUID) row[0], row -> (Long) row[1]));
    }

    @Override
    public void addResults(List<VentureResult> results) {
        results.forEach(em::persist);
    }

    @Override
    public List<VentureResult> results(UUID callId) {
        return em.createQuery("select r from VentureResult r where r.callId = :call order by r.rank", VentureResult.class)
                .setParameter("call", callId).getResultList();
    }

    private List<VentureCall> withParts(List<VentureCall> calls) {
        if (calls.isEmpty()) {
            return calls;
        }
        List<UUID> ids = calls.stream().map(VentureCall::id).toList();
        Map<UUID, List<VentureCriterion>> criteria = em.createQuery("select c from VentureCriterion c where c.callId in :ids order by c.position",
                VentureCriterion.class).setParameter("ids", ids).getResultStream().collect(Collectors.groupingBy(VentureCriterion::callId));
        Map<UUID, List<VentureExpert>> panels = em.createQuery("select e from VentureExpert e where e.callId in :ids order by e.username",
                VentureExpert.class).setParameter("ids", ids).getResultStream().collect(Collectors.groupingBy(VentureExpert::callId));
        calls.forEach(c -> c.withParts(criteria.getOrDefault(c.id(), List.of()), panels.getOrDefault(c.id(), List.of())));
        return calls;
    }
}
