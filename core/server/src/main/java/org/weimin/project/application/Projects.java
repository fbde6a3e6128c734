package org.weimin.project.application;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.weimin.demand.application.NeedsOfProjects;
import org.weimin.identity.application.InCommunity;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Permission;
import org.weimin.organization.application.OrganizationsTakingOn;
import org.weimin.platform.application.Required;
import org.weimin.project.model.Project;
import org.weimin.project.model.ProjectPlan;
import org.weimin.project.model.ProjectRepository;
import org.weimin.shared.InvalidInputException;
import org.weimin.shared.NotFoundException;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Micro-projects proposed (by staff, for a micro-project need or directly) and read. */
@ApplicationScoped
public class Projects {

    static final String STAFF_WORK = "only the community's staff work on projects";

    @Inject
    ProjectRepository projects;

    @Inject
    NeedsOfProjects needs;

    @Inject
    OrganizationsTakingOn organizations;

    @Inject
    ProjectDetails details;

    @Inject
    Clock clock;

    @InCommunity
    @Transactional
    public ProjectViews.Detail propose(CommunityId community, Caller caller, @Required(message = "is missing: describe the project") ProjectPlan plan) {
        caller.require(Permission.TRIAGE_NEEDS, STAFF_WORK);
        if (plan.needId() != null) {
            needs.requireProjectNeed(plan.needId());
        }
        String organization = plan.organizationId() == null ? null : organizations.active(plan.organizationId())
                .map(OrganizationsTakingOn.Taker::name)
                .orElseThrow(() -> new InvalidInputException("organizationId", "no approved organisation " + plan.organizationId() + " here"));
        Project project = Project.propose(new ProjectPlan(plan.title(), plan.goal(), plan.beneficiaries(), plan.mode(), plan.needId(),
                plan.organizationId(), organization, plan.budget(), plan.milestones()), caller.username(), clock.instant());
        projects.add(project);
        if (plan.needId() != null) {
            needs.step(plan.needId(), caller.username(), "已立项为微项目「" + project.title() + "」，等待审批", clock.instant());
        }
        return details.of(project);
    }

    @InCommunity
    @Transactional
    public List<ProjectViews.Detail> list(CommunityId community, Caller caller) {
        caller.require(Permission.TRIAGE_NEEDS, STAFF_WORK);
        return details.of(projects.all().stream().sorted(Comparator.comparing(Project::proposedAt).reversed()).toList());
    }

    @InCommunity
    @Transactional
    public ProjectViews.Detail project(CommunityId community, Caller caller, UUID id) {
        caller.require(Permission.TRIAGE_NEEDS, STAFF_WORK);
        return details.of(projects.find(id).orElseThrow(() -> notFound(id)));
    }

    static NotFoundException notFound(UUID id) {
        return new NotFoundException("no project " + id + " here");
    }
}
