package org.weimin.project.application;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.weimin.fund.model.CampaignStatus;
import org.weimin.identity.application.InCommunity;
import org.weimin.project.model.Project;
import org.weimin.project.model.ProjectRepository;
import org.weimin.project.model.ProjectStatus;
import org.weimin.tenancy.application.CommunityDirectory;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The projects residents and donors may follow without signing in: those raising money and those approved (under way,
 * completed, or ended early), with their crowdfunding, budget, milestones and payments. A proposal still on the staff's
 * desk, or refused, is not shown.
 */
@ApplicationScoped
public class PublicProjects {

    @Inject
    ProjectRepository projects;

    @Inject
    ProjectDetails details;

    @Inject
    CommunityDirectory communities;

    /** Those raising money first, then those under way, then the rest, newest first in each. */
    @InCommunity
    @Transactional
    public List<ProjectViews.Detail> list(CommunityId community) {
        communities.requireActive(community);
        return details.of(projects.all()).stream().filter(PublicProjects::isPublic)
                .sorted(Comparator.comparing(PublicProjects::rank).thenComparing(ProjectViews.Detail::proposedAt, Comparator.reverseOrder()))
                .map(ProjectViews.Detail::forPublic).toList();
    }

    @InCommunity
    @Transactional
    public ProjectViews.Detail project(CommunityId community, UUID id) {
        communities.requireActive(community);
        Project project = projects.find(id).orElseThrow(() -> Projects.notFound(id));
        ProjectViews.Detail detail = details.of(project);
        if (!isPublic(detail)) {
            throw Projects.notFound(id);
        }
        return detail.forPublic();
    }

    private static boolean isPublic(ProjectViews.Detail project) {
        return project.status() != ProjectStatus.REJECTED && (project.status() != ProjectStatus.PROPOSED || project.crowdfunding() != null);
    }

    private static int rank(ProjectViews.Detail project) {
        if (project.crowdfunding() != null && project.crowdfunding().status() == CampaignStatus.OPEN) {
            return 0;
        }
        return project.status() == ProjectStatus.UNDER_WAY ? 1 : 2;
    }
}
