package org.weimin.demand.infrastructure;

import java.util.UUID;

import org.weimin.demand.model.Supporter;
import org.weimin.demand.model.SupporterRepository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

@ApplicationScoped
public class JpaSupporterRepository implements SupporterRepository {

    @Inject
    EntityManager em;

    @Override
    public boolean supports(UUID demandId, UUID accountId) {
        return em.createQuery("select count(s) from Supporter s where s.demandId = :demand and s.accountId = :account", Long.class)
                .setParameter("demand", demandId).setParameter("account", accountId).getSingleResult() > 0;
    }

    @Override
    public void add(Supporter supporter) {
        em.persist(supporter);
    }
}
