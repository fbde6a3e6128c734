package org.weimin.tenancy.infrastructure;

import java.util.List;
import java.util.Optional;

import org.weimin.tenancy.model.Community;
import org.weimin.tenancy.model.CommunityId;
import org.weimin.tenancy.model.CommunityRepository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

@ApplicationScoped
public class JpaCommunityRepository implements CommunityRepository {

    @Inject
    EntityManager em;

    public JpaCommunityRepository() {
    }

    public JpaCommunityRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Community> find(CommunityId id) {
        return Optional.ofNullable(em.find(Community.class, id.value()));
    }

    @Override
    public List<Community> all() {
        return em.createQuery("select c from Community c order by c.id", Community.class).getResultList();
    }

    @Override
    public void add(Community community) {
        em.persist(community);
    }
}
