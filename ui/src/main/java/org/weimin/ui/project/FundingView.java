package org.weimin.ui.project;

import java.util.List;

import org.weimin.project.application.ProjectViews;
import org.weimin.project.application.PublicProjects;
import org.weimin.tenancy.application.CommunityAdministration;
import org.weimin.tenancy.model.Community;
import org.weimin.ui.shell.MainLayout;
import org.weimin.ui.shell.Money;
import org.weimin.ui.shell.PublicCommunityPage;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;

import jakarta.inject.Inject;

/**
 * The community's micro-projects as anyone may follow them ({@code /t/{community}/funding}), without signing in: those
 * raising money first, with how much was given and matched, then those under way and done, with what was paid.
 */
@Route(value = "t/:community/funding", layout = MainLayout.class)
public class FundingView extends PublicCommunityPage {

    private final PublicProjects projects;

    @Inject
    public FundingView(CommunityAdministration communities, PublicProjects projects) {
        super(communities, "funding.title", "funding.intro");
        this.projects = projects;
    }

    @Override
    protected void show(Community community, BeforeEnterEvent event) {
        List<ProjectViews.Detail> shown = projects.list(community.id());
        UnorderedList list = new UnorderedList();
        list.addClassName("card-list");
        list.setId("funding-cards");
        if (shown.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("funding.none"));
            empty.setId("funding-none");
            add(MainLayout.card(empty));
            return;
        }
        for (ProjectViews.Detail p : shown) {
            Div top = new Div(ProjectLabels.status(this, p.status()), new Span(getTranslation("funding-mode." + p.mode().name())));
            top.addClassName("need-card-meta");
            Paragraph name = new Paragraph(p.title());
            name.addClassName("need-card-text");
            Div card = new Div(top, name);
            if (p.crowdfunding() != null) {
                card.add(new CampaignProgress(p.crowdfunding(), community.timeZone()));
            }
            Div money = new Div(new Span(getTranslation("projects.card.money", Money.yuan(p.budgetFen()), Money.yuan(p.paidFen()))));
            money.addClassName("need-card-meta");
            card.add(money);
            Anchor link = new Anchor("t/" + community.id() + "/funding/" + p.id(), card);
            link.addClassName("need-card");
            link.getElement().setAttribute("data-project", p.title());
            list.add(new ListItem(link));
        }
        add(list);
    }
}
