package org.weimin.evaluation.infrastructure;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.weimin.evaluation.model.NeedRating;
import org.weimin.evaluation.model.NeedRatingRepository;
import org.weimin.evaluation.model.Satisfaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

@ApplicationScoped
public class JpaNeedRatings implements NeedRatingRepository {

    @Inject
    EntityManager em;

    @Override
    public void add(NeedRating rating) {
        em.persist(rating);
        em.flush();
    }

    @Override
    public Optional<NeedRating> lock(UUID id) {
        return em.createQuery("select r from NeedRating r where r.id = :id", NeedRating.class).setParameter("id", id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public Optional<NeedRating> of(UUID needId, UUID raterAccountId) {
        return em.createQuery("select r from NeedRating r where r.needId = :need and r.raterAccountId = :rater", NeedRating.class)
                .setParameter("need", needId).setParameter("rater", raterAccountId).getResultStream().findFirst();
    }

    @Override
    public List<NeedRating> ofNeed(UUID needId) {
        return em.createQuery("select r from NeedRating r where r.needId = :need order by r.ratedAt", NeedRating.class)
                .setParameter("need", needId).getResultList();
    }

    @Override
    public List<NeedRating> ofNeeds(List<UUID> needIds) {
        if (needIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from NeedRating r where r.needId in :needs", NeedRating.class).setParameter("needs", needIds).getResultList();
    }

    @Override
    public List<NeedRating> awaitingVisit() {
        return em.createQuery("select r from NeedRating r where r.satisfaction = :dissatisfied and r.visitedAt is null order by r.changedAt",
                NeedRating.class).setParameter("dissatisfied", Satisfaction.DISSATISFIED).setMaxResults(200).getResultList();
    }

    @Override
    public List<NeedRating> ratedBetween(java.time.Instant from, java.time.Instant to) {
        return em.createQuery("select r from NeedRating r where r.ratedAt >= :from and r.ratedAt < :to", NeedRating.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public List<NeedRating> dissatisfiedNotPutRight(int limit) {
        return em.createQuery("select r from NeedRating r where r.satisfaction = :dissatisfied and r.putRight = false order by r.changedAt",
                NeedRating.class).setParameter("dissatisfied", Satisfaction.DISSATISFIED).setMaxResults(limit).getResultList();
    }
}
