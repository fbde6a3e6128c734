package org.weimin.affair.infrastructure;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.weimin.affair.model.HandlingSession;
import org.weimin.affair.model.HandlingSessionRepository;
import org.weimin.affair.model.SessionCadence;
import org.weimin.affair.model.SessionItem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

@ApplicationScoped
public class JpaHandlingSessionRepository implements HandlingSessionRepository {

    @Inject
    EntityManager em;

    @Override
    public Optional<SessionCadence> cadence() {
        return em.createQuery("select c from SessionCadence c", SessionCadence.class).getResultStream().findFirst();
    }

    @Override
    public void add(SessionCadence cadence) {
        em.persist(cadence);
    }

    @Override
    public Optional<HandlingSession> find(UUID id) {
        return Optional.ofNullable(em.find(HandlingSession.class, id));
    }

    @Override
    public Optional<HandlingSession> on(LocalDate day) {
        return em.createQuery("select s from HandlingSession s where s.heldOn = :day", HandlingSession.class).setParameter("day", day)
                .getResultStream().findFirst();
    }

    @Override
    public void add(HandlingSession session) {
        em.persist(session);
        // The unique day decides between instances preparing the same session: the loser's transaction fails here and is retried.
        em.flush();
    }

    @Override
    public List<HandlingSession> from(LocalDate day, int limit) {
        return em.createQuery("select s from HandlingSession s where s.heldOn >= :day order by s.heldOn", HandlingSession.class)
                .setParameter("day", day).setMaxResults(limit).getResultList();
    }

    @Override
    public List<HandlingSession> before(LocalDate day, int limit) {
        return em.createQuery("select s from HandlingSession s where s.heldOn < :day order by s.heldOn desc", HandlingSession.class)
                .setParameter("day", day).setMaxResults(limit).getResultList();
    }

    @Override
    public List<SessionItem> agendas(Collection<UUID> sessionIds) {
        if (sessionIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select i from SessionItem i where i.sessionId in :sessions order by i.addedAt, i.id", SessionItem.class)
                .setParameter("sessions", sessionIds).getResultList();
    }

    @Override
    public Optional<SessionItem> item(UUID id) {
        return Optional.ofNullable(em.find(SessionItem.class, id));
    }

    @Override
    public Optional<SessionItem> pendingItemFor(UUID demandId) {
        return em.createQuery("select i from SessionItem i where i.demandId = :demand and i.outcome is null", SessionItem.class)
                .setParameter("demand", demandId).getResultStream().findFirst();
    }

    @Override
    public List<SessionItem> undecidedBefore(LocalDate day) {
        return em.createQuery("select i from SessionItem i, HandlingSession s where s.id = i.sessionId and s.heldOn < :day"
                + " and i.outcome is null order by i.addedAt", SessionItem.class).setParameter("day", day).getResultList();
    }

    @Override
    public void add(SessionItem item) {
        em.persist(item);
    }
}
