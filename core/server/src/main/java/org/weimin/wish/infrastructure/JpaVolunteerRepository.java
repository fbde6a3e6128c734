package org.weimin.wish.infrastructure;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.weimin.wish.model.Volunteer;
import org.weimin.wish.model.VolunteerRepository;
import org.weimin.wish.model.VolunteerTeam;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

@ApplicationScoped
public class JpaVolunteerRepository implements VolunteerRepository {

    @Inject
    EntityManager em;

    @Override
    public void add(Volunteer volunteer) {
        em.persist(volunteer);
    }

    @Override
    public Optional<Volunteer> find(UUID id) {
        return Optional.ofNullable(em.find(Volunteer.class, id));
    }

    @Override
    public Optional<Volunteer> byAccount(UUID accountId) {
        return em.createQuery("select v from Volunteer v where v.accountId = :account", Volunteer.class)
                .setParameter("account", accountId).getResultStream().findFirst();
    }

    @Override
    public List<Volunteer> all() {
        return em.createQuery("select v from Volunteer v order by v.name, v.id", Volunteer.class).getResultList();
    }

    @Override
    public List<Volunteer> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select v from Volunteer v where v.id in :ids", Volunteer.class).setParameter("ids", ids).getResultList();
    }

    @Override
    public void add(VolunteerTeam team) {
        em.persist(team);
    }

    @Override
    public Optional<VolunteerTeam> findTeam(UUID id) {
        return Optional.ofNullable(em.find(VolunteerTeam.class, id));
    }

    @Override
    public List<VolunteerTeam> teams() {
        return em.createQuery("select t from VolunteerTeam t order by t.name, t.id", VolunteerTeam.class).getResultList();
    }
}
