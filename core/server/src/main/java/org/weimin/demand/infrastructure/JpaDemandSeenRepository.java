package org.weimin.demand.infrastructure;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.weimin.demand.model.DemandSeen;
import org.weimin.demand.model.DemandSeenRepository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

@ApplicationScoped
public class JpaDemandSeenRepository implements DemandSeenRepository {

    @Inject
    EntityManager em;

    @Override
    public Optional<DemandSeen> seen(UUID demandId, UUID accountId) {
        return em.createQuery("select s from DemandSeen s where s.demandId = :demand and s.accountId = :account", DemandSeen.class)
                .setParameter("demand", demandId).setParameter("account", accountId).getResultStream().findFirst();
    }

    @Override
    public List<DemandSeen> seen(UUID accountId, Collection<UUID> demandIds) {
        if (demandIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select s from DemandSeen s where s.accountId = :account and s.demandId in :demands", DemandSeen.class)
                .setParameter("account", accountId).setParameter("demands", demandIds).getResultList();
    }

    @Override
    public void add(DemandSeen seen) {
        em.persist(seen);
    }

    @Override
    public long withNews(UUID accountId) {
        return em.createQuery("select count(d) from Demand d where d.submitterAccountId = :account and d.updatedAt > coalesce("
                        + "(select s.seenAt from DemandSeen s where s.demandId = d.id and s.accountId = :account), d.submittedAt)", Long.class)
                .setParameter("account", accountId).getSingleResult();
    }
}
