package org.weimin.project.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.weimin.project.model.Project;
import org.weimin.project.model.ProjectRepository;
import org.weimin.project.model.ProjectStatus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** What evaluation rounds know of the community's micro-projects: those approved (under way, completed or ended) may be evaluated. */
@ApplicationScoped
public class ProjectsEvaluated {

    public record Evaluable(UUID id, String title, String goal, ProjectStatus status) {
        static Evaluable of(Project p) {
            return new Evaluable(p.id(), p.title(), p.goal(), p.status());
        }
    }

    @Inject
    ProjectRepository projects;

    public List<Evaluable> evaluable() {
        return projects.all().stream().filter(ProjectsEvaluated::isEvaluable).map(Evaluable::of).toList();
    }

    public Optional<Evaluable> find(UUID id) {
        return projects.find(id).filter(ProjectsEvaluated::isEvaluable).map(Evaluable::of);
    }

    private static boolean isEvaluable(Project p) {
        return p.status() != ProjectStatus.PROPOSED && p.status() != ProjectStatus.REJECTED;
    }
}
