package org.weimin.plugin.infrastructure;

import java.util.List;
import java.util.Optional;

import org.weimin.plugin.model.CommunityFeature;
import org.weimin.plugin.model.CommunityFeatureRepository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

@ApplicationScoped
public class JpaCommunityFeatureRepository implements CommunityFeatureRepository {

    @Inject
    EntityManager em;

    @Override
    public List<CommunityFeature> all() {
        return em.createQuery("select f from CommunityFeature f order by f.featureId", CommunityFeature.class).getResultList();
    }

    @Override
    public Optional<CommunityFeature> find(String featureId) {
        return em.createQuery("select f from CommunityFeature f where f.featureId = :id", CommunityFeature.class)
                .setParameter("id", featureId).getResultStream().findFirst();
    }

    @Override
    public void add(CommunityFeature feature) {
        em.persist(feature);
    }
}
