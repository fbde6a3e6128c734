package org.weimin.organization.infrastructure;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.weimin.organization.model.Organization;
import org.weimin.organization.model.OrganizationRepository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

@ApplicationScoped
public class JpaOrganizationRepository implements OrganizationRepository {

    @Inject
    EntityManager em;

    @Override
    public List<Organization> all() {
        return em.createQuery("select o from Organization o order by o.registeredAt desc", Organization.class).getResultList();
    }

    @Override
    public Optional<Organization> find(UUID id) {
        return Optional.ofNullable(em.find(Organization.class, id));
    }

    @Override
    public boolean nameTaken(String name) {
        return em.createQuery("select count(o) from Organization o where o.name = :name", Long.class)
                .setParameter("name", name.strip()).getSingleResult() > 0;
    }

    @Override
    public void add(Organization organization) {
        em.persist(organization);
    }
}
