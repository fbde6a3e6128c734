package org.weimin.demand.infrastructure;

import java.util.Optional;

import org.weimin.demand.model.CommunityDeadlines;
import org.weimin.demand.model.DeadlineRepository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

@ApplicationScoped
public class JpaDeadlineRepository implements DeadlineRepository {

    @Inject
    EntityManager em;

    @Override
    public Optional<CommunityDeadlines> current() {
        return em.createQuery("select d from CommunityDeadlines d", CommunityDeadlines.class).getResultStream().findFirst();
    }

    @Override
    public void add(CommunityDeadlines deadlines) {
        em.persist(deadlines);
    }
}
