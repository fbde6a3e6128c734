package org.weimin.demand.infrastructure;

import java.util.List;

import org.weimin.demand.model.ClassificationExample;
import org.weimin.demand.model.ClassificationExampleRepository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

@ApplicationScoped
public class JpaClassificationExampleRepository implements ClassificationExampleRepository {

    @Inject
    EntityManager em;

    @Override
    public void add(ClassificationExample example) {
        em.persist(example);
    }

    @Override
    public List<ClassificationExample> all() {
        return em.createQuery("select e from ClassificationExample e", ClassificationExample.class).getResultList();
    }
}
