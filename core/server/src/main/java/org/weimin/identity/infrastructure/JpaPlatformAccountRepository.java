package org.weimin.identity.infrastructure;

import java.util.List;
import java.util.Optional;

import org.weimin.identity.model.PlatformAccount;
import org.weimin.identity.model.PlatformAccountRepository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

@ApplicationScoped
public class JpaPlatformAccountRepository implements PlatformAccountRepository {

    @Inject
    EntityManager em;

    public JpaPlatformAccountRepository() {
    }

    public JpaPlatformAccountRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<PlatformAccount> findByUsername(String username) {
        return em.createQuery("select a from PlatformAccount a where a.username = :username", PlatformAccount.class)
                .setParameter("username", username).getResultStream().findFirst();
    }

    @Override
    public List<PlatformAccount> all() {
        return em.createQuery("select a from PlatformAccount a order by a.username", PlatformAccount.class)
                .getResultList();
    }

    @Override
    public void add(PlatformAccount account) {
        em.persist(account);
    }
}
