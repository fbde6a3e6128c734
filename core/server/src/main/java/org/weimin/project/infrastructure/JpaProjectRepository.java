package org.weimin.project.infrastructure;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.weimin.project.model.BudgetLine;
import org.weimin.project.model.Milestone;
import org.weimin.project.model.Project;
import org.weimin.project.model.ProjectRepository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

@ApplicationScoped
public class JpaProjectRepository implements ProjectRepository {

    @Inject
    EntityManager em;

    @Override
    public void add(Project project) {
        em.persist(project);
        project.budget().forEach(em::persist);
        project.milestones().forEach(em::persist);
    }

    @Override
    public Optional<Project> lock(UUID id) {
        return withParts(em.createQuery("select p from Project p where p.id = :id", Project.class).setParameter("id", id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()).stream().findFirst();
    }

    @Override
    public Optional<Project> find(UUID id) {
        return withParts(em.createQuery("select p from Project p where p.id = :id", Project.class).setParameter("id", id)
                .getResultList()).stream().findFirst();
    }

    @Override
    public List<Project> all() {
        return withParts(em.createQuery("select p from Project p order by p.proposedAt desc", Project.class).getResultList());
    }

    @Override
    public List<Project> ofVentureCall(UUID callId) {
        return withParts(em.createQuery("select p from Project p where p.ventureCallId = :call order by p.proposedAt", Project.class)
                .setParameter("call", callId).getResultList());
    }

    @Override
    public Map<UUID, Long> proposalsPerVentureCall() {
        return em.createQuery("select p.ventureCallId, count(p) from Project p where p.ventureCallId is not null group by p.ventureCallId",
                Object[].class).getResultStream().collect(Collectors.toMap(row -> (UUID) row[0], row -> (Long) row[1]));
    }

    private List<Project> withParts(List<Project> projects) {
        if (projects.isEmpty()) {
            return projects;
        }
        List<UUID> ids = projects.stream().map(Project::id).toList();
        Map<UUID, List<BudgetLine>> lines = em.createQuery("select l from BudgetLine l where l.projectId in :ids order by l.position",
                BudgetLine.class).setParameter("ids", ids).getResultStream().collect(Collectors.groupingBy(BudgetLine::projectId));
        Map<UUID, List<Milestone>> steps = em.createQuery("select m from Milestone m where m.projectId in :ids order by m.position",
                Milestone.class).setParameter("ids", ids).getResultStream().collect(Collectors.groupingBy(Milestone::projectId));
        projects.forEach(p -> p.withParts(lines.getOrDefault(p.id(), List.of()), steps.getOrDefault(p.id(), List.of())));
        return projects;
    }
}
