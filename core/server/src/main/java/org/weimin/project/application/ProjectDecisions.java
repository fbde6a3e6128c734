package org.weimin.project.application;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.weimin.demand.application.NeedsOfProjects;
import org.weimin.fund.application.Crowdfunding;
import org.weimin.fund.application.ProjectFunding;
import org.weimin.identity.application.InCommunity;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Permission;
import org.weimin.platform.application.RetriedOnClash;
import org.weimin.platform.application.Written;
import org.weimin.project.model.Milestone;
import org.weimin.project.model.Project;
import org.weimin.project.model.ProjectRepository;
import org.weimin.project.model.ProjectStatus;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * A project's flow: approved with its budget committed from the fund (refused, and nothing changed, when the pool cannot
 * afford it), refused, milestones delivered and accepted with their payment, a reward's results verified, or ended
 * unfinished with what it did not use back in the pool. The project's row is locked for each step; the fund's movement
 * and the project's state commit together.
 */
@ApplicationScoped
public class ProjectDecisions {

    private static final String DECIDED_BY_CADRE = "only the community's cadre decides on projects and accepts their work";

    @Inject
    ProjectRepository projects;

    @Inject
    ProjectFunding funding;

    @Inject
    Crowdfunding crowdfunding;

    @Inject
    NeedsOfProjects needs;

    @Inject
    ProjectDetails details;

    @Inject
    Clock clock;

    @RetriedOnClash
    @InCommunity
    @Transactional
    /** @param fundId the fund to commit the budget from (the subsidy pool, the general donations, a named fund); null for the pool */
    public ProjectViews.Detail approve(CommunityId community, Caller caller, UUID id, String note, UUID fundId) {
        caller.require(Permission.MANAGE_COMMUNITY, DECIDED_BY_CADRE);
        Project project = locked(id);
        Instant now = clock.instant();
        long budget = project.approve(caller.username(), note, now);
        funding.commit(community, project.id(), project.title(), budget, fundId, caller.username(), "项目获批：" + project.title());
        tellUnderWay(project, caller, "微项目「" + project.title() + "」已获批，" + yuan(budget) + " 元已从社区微基金承诺", now);
        return details.of(project);
    }

    @RetriedOnClash
    @InCommunity
    @Transactional
    public ProjectViews.Detail reject(CommunityId community, Caller caller, UUID id,
                                      @Written(message = "is empty: give the reason residents will read") String reason) {
        caller.require(Permission.MANAGE_COMMUNITY, DECIDED_BY_CADRE);
        Project project = locked(id);
        project.reject(caller.username(), reason, clock.instant());
        crowdfunding.cancelFor(community, project.id(), caller.username(), reason.strip());
        if (project.needId() != null) {
            needs.refused(project.needId(), caller.username(), reason.strip(), clock.instant());
        }
        return details.of(project);
    }

    /** Staff record that a milestone's deliverable is there (for the organisation, which has no account). */
    @InCommunity
    @Transactional
    public ProjectViews.Detail deliver(CommunityId community, Caller caller, UUID id, UUID milestoneId,
                                       @Written(message = "is empty: say what was delivered") String note) {
        caller.require(Permission.TRIAGE_NEEDS, Projects.STAFF_WORK);
        Project project = locked(id);
        Milestone milestone = project.deliver(milestoneId, note);
        tell(project, caller, "「" + milestone.title() + "」已完成，等待验收：" + note.strip(), clock.instant());
        return details.of(project);
    }

    @RetriedOnClash
    @InCommunity
    @Transactional
    public ProjectViews.Detail accept(CommunityId community, Caller caller, UUID id, UUID milestoneId) {
        caller.require(Permission.MANAGE_COMMUNITY, DECIDED_BY_CADRE);
        Project project = locked(id);
        Instant now = clock.instant();
        long pay = project.accept(milestoneId, caller.username(), now);
        String title = project.milestones().stream().filter(m -> m.id().equals(milestoneId)).findFirst().orElseThrow().title();
        funding.pay(community, project.id(), "milestone:" + milestoneId, pay, caller.username(), "验收通过：" + title);
        tell(project, caller, "「" + title + "」验收通过，已拨付 " + yuan(pay) + " 元", now);
        completedIfDone(project, caller, now);
        return details.of(project);
    }

    @RetriedOnClash
    @InCommunity
    @Transactional
    public ProjectViews.Detail verifyResults(CommunityId community, Caller caller, UUID id, boolean met,
                                             @Written(message = "is empty: say what the verification found") String note) {
        caller.require(Permission.MANAGE_COMMUNITY, DECIDED_BY_CADRE);
        Project project = locked(id);
        Instant now = clock.instant();
        long reward = project.verifyResults(met, caller.username(), note, now);
        if (met) {
            funding.pay(community, project.id(), "reward:" + project.id(), reward, caller.username(), "成效核验通过：" + note.strip());
            completedIfDone(project, caller, now);
        } else {
            funding.release(community, project.id(), project.budgetFen(), caller.username(), "成效未达标：" + note.strip());
            tell(project, caller, "成效核验未达标：" + note.strip(), now);
        }
        return details.of(project);
    }

    @RetriedOnClash
    @InCommunity
    @Transactional
    public ProjectViews.Detail closeUnfinished(CommunityId community, Caller caller, UUID id,
                                               @Written(message = "is empty: say why the project ends") String reason) {
        caller.require(Permission.MANAGE_COMMUNITY, DECIDED_BY_CADRE);
        Project project = locked(id);
        long unused = project.closeUnfinished(caller.username(), reason, clock.instant());
        funding.release(community, project.id(), unused, caller.username(), "项目提前结束：" + reason.strip());
        tell(project, caller, "微项目提前结束：" + reason.strip(), clock.instant());
        return details.of(project);
    }

    private void completedIfDone(Project project, Caller caller, Instant now) {
        if (project.status() == ProjectStatus.COMPLETED && project.needId() != null) {
            needs.completed(project.needId(), caller.username(), "微项目「" + project.title() + "」已完成，共拨付 " + yuan(project.paidFen()) + " 元", now);
        }
    }

    private void tellUnderWay(Project project, Caller caller, String words, Instant now) {
        if (project.needId() != null) {
            needs.underWay(project.needId(), caller.username(), project.organizationName() == null ? caller.username()
                    : project.organizationName(), words, now);
        }
    }

    private void tell(Project project, Caller caller, String words, Instant now) {
        if (project.needId() != null) {
            needs.step(project.needId(), caller.username(), words, now);
        }
    }

    private static String yuan(long fen) {
        return java.math.BigDecimal.valueOf(fen, 2).toPlainString();
    }

    private Project locked(UUID id) {
        return projects.lock(id).orElseThrow(() -> Projects.notFound(id));
    }
}
