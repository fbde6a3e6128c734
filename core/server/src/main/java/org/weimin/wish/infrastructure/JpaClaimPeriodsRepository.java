package org.weimin.wish.infrastructure;

import java.util.Optional;

import org.weimin.wish.model.ClaimPeriodsRepository;
import org.weimin.wish.model.CommunityClaimPeriods;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

@ApplicationScoped
public class JpaClaimPeriodsRepository implements ClaimPeriodsRepository {

    @Inject
    EntityManager em;

    @Override
    public Optional<CommunityClaimPeriods> current() {
        return em.createQuery("select p from CommunityClaimPeriods p", CommunityClaimPeriods.class).getResultStream().findFirst();
    }

    @Override
    public void add(CommunityClaimPeriods periods) {
        em.persist(periods);
    }
}
