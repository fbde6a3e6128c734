package org.weimin.ui.deployment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Makes the container-managed, transaction-scoped EntityManager injectable with {@code @Inject}. It lives
 * in the web module because Payara resolves {@code @PersistenceContext} only for classes of the WAR itself,
 * not for those of the core library inside it.
 */
@ApplicationScoped
public class EntityManagerProducer {

    @Produces
    @PersistenceContext(unitName = "weimin")
    EntityManager entityManager;
}
