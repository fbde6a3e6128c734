package org.weimin.project.application;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.weimin.fund.application.Crowdfunding;
import org.weimin.fund.application.FundViews;
import org.weimin.project.model.Project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A project as shown, with its crowdfunding campaign (read in the caller's scope and transaction). */
@ApplicationScoped
public class ProjectDetails {

    @Inject
    Crowdfunding crowdfunding;

    ProjectViews.Detail of(Project project) {
        return ProjectViews.Detail.of(project, crowdfunding.ofProject(project.id()).orElse(null));
    }

    List<ProjectViews.Detail> of(List<Project> projects) {
        Map<UUID, FundViews.Campaign> campaigns = crowdfunding.byProject();
        return projects.stream().map(p -> ProjectViews.Detail.of(p, campaigns.get(p.id()))).toList();
    }
}
