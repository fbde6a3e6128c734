package org.weimin.ui.project;

import java.util.UUID;

import org.weimin.fund.application.OnlineDonations;
import org.weimin.fund.model.CampaignStatus;
import org.weimin.ui.fund.OnlineGiftForm;
import org.weimin.project.application.ProjectViews;
import org.weimin.project.application.PublicProjects;
import org.weimin.shared.NotFoundException;
import org.weimin.tenancy.application.CommunityAdministration;
import org.weimin.tenancy.model.Community;
import org.weimin.ui.shell.MainLayout;
import org.weimin.ui.shell.PublicCommunityPage;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;

import jakarta.inject.Inject;

/**
 * One micro-project as anyone may follow it ({@code /t/{community}/funding/{id}}): its goal, its crowdfunding with the
 * subsidy's match and how to give, its budget, and each milestone with what was delivered and paid.
 */
@Route(value = "t/:community/funding/:id", layout = MainLayout.class)
public class FundingProjectView extends PublicCommunityPage {

    private final PublicProjects projects;
    private final OnlineDonations donations;

    @Inject
    public FundingProjectView(CommunityAdministration communities, PublicProjects projects, OnlineDonations donations) {
        super(communities, "funding.title", "funding.project.intro");
        this.projects = projects;
        this.donations = donations;
    }

    @Override
    protected void show(Community community, BeforeEnterEvent event) {
        UUID id;
        try {
            id = UUID.fromString(event.getRouteParameters().get("id").orElse(""));
        } catch (IllegalArgumentException notAnId) {
            throw new NotFoundException("no such project");
        }
        ProjectViews.Detail p = projects.project(community.id(), id);
        retitle(p.title());
        Div about = ProjectParts.about(this, p, "funding");
        add(about);
        if (p.crowdfunding() != null) {
            Div campaign = MainLayout.card(new H2(getTranslation("campaign.title")), new CampaignProgress(p.crowdfunding(), community.timeZone()));
            campaign.setId("funding-campaign");
            if (p.crowdfunding().status() == CampaignStatus.OPEN) {
                if (donations.offered(community.id())) {
                    campaign.add(new OnlineGiftForm(donations, community.id(), p.crowdfunding().id()),
                            new Paragraph(getTranslation("funding.how-to-give.in-person")));
                } else {
                    campaign.add(new Paragraph(getTranslation("funding.how-to-give")));
                }
            }
            add(campaign);
        }
        add(MainLayout.card(new H2(getTranslation("projects.budget")), ProjectParts.budget(p)), milestones(p));
        Anchor statement = new Anchor("t/" + community.id() + "/fund", getTranslation("funding.to-statement"));
        statement.addClassName("home-link");
        add(new Div(statement));
    }

    private Div milestones(ProjectViews.Detail p) {
        Div card = MainLayout.card(new H2(getTranslation("projects.form.milestones")));
        card.setId("funding-milestones");
        UnorderedList list = new UnorderedList();
        list.addClassName("card-list");
        for (ProjectViews.Step step : p.milestones()) {
            Div item = ProjectParts.milestone(this, step);
            list.add(new ListItem(item));
        }
        card.add(list);
        return card;
    }
}
