package org.weimin.project.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.weimin.demand.application.NeedsOfProjects;
import org.weimin.fund.application.Crowdfunding;
import org.weimin.identity.application.InCommunity;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Permission;
import org.weimin.platform.application.RetriedOnClash;
import org.weimin.project.model.FundingMode;
import org.weimin.project.model.Project;
import org.weimin.project.model.ProjectRepository;
import org.weimin.project.model.ProjectRuleException;
import org.weimin.project.model.ProjectStatus;
import org.weimin.shared.InvalidInputException;
import org.weimin.tenancy.application.CommunityDirectory;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The cadre opens crowdfunding (众筹) for a proposed project: residents and donors give until the target is reached or the
 * deadline (the end of its day in the community's time zone) passes, the subsidy matching each donation by the community's rules.
 * The project is approved once the campaign has ended; its approval takes what was raised and commits the rest.
 */
@ApplicationScoped
public class ProjectCrowdfunding {

    /** @param deadline the campaign's last day */
    public record Opening(long targetFen, LocalDate deadline) {
    }

    @Inject
    ProjectRepository projects;

    @Inject
    Crowdfunding crowdfunding;

    @Inject
    ProjectDetails details;

    @Inject
    NeedsOfProjects needs;

    @Inject
    CommunityDirectory communities;

    @Inject
    Clock clock;

    @RetriedOnClash
    @InCommunity
    @Transactional
    public ProjectViews.Detail open(CommunityId community, Caller caller, UUID projectId, Opening opening) {
        caller.require(Permission.MANAGE_COMMUNITY, "only the community's cadre opens a project's crowdfunding");
        Project project = projects.lock(projectId).orElseThrow(() -> Projects.notFound(projectId));
        if (project.status() != ProjectStatus.PROPOSED) {
            throw new ProjectRuleException(ProjectRuleException.Reason.NOT_PROPOSED, "crowdfunding is opened for a project before its approval");
        }
        if (project.mode() == FundingMode.PUBLIC_VENTURE) {
            throw new ProjectRuleException(ProjectRuleException.Reason.WRONG_MODE, "a venture proposal is funded by its call");
        }
        if (opening.targetFen() > project.budgetFen()) {
            throw new InvalidInputException("targetFen", "is " + opening.targetFen() + ": at most the project's budget, " + project.budgetFen() + " fen");
        }
        if (opening.deadline() == null) {
            throw new InvalidInputException("deadline", "is missing: the last day of the crowdfunding, like 2027-03-31");
        }
        ZoneId zone = communities.find(community).orElseThrow().timeZone();
        crowdfunding.open(project.id(), project.title(), opening.targetFen(), opening.deadline().plusDays(1).atStartOfDay(zone).toInstant(),
                null, caller.username());
        if (project.needId() != null) {
            needs.step(project.needId(), caller.username(), "微项目「" + project.title() + "」开始众筹：目标 "
                    + BigDecimal.valueOf(opening.targetFen(), 2).toPlainString() + " 元，截止 " + opening.deadline(), clock.instant());
        }
        return details.of(project);
    }
}
