package org.weimin.ui.grid;

import java.util.Optional;

import org.weimin.demand.application.FollowNeeds;
import org.weimin.grid.application.CommunityGrid;
import org.weimin.grid.application.CommunityHome;
import org.weimin.grid.model.GridSummary;
import org.weimin.identity.application.Authentication;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.CommunityAccess;
import org.weimin.identity.model.Permission;
import org.weimin.tenancy.application.CommunityAdministration;
import org.weimin.tenancy.application.CommunityNotFoundException;
import org.weimin.tenancy.model.Community;
import org.weimin.ui.identity.SignInForm;
import org.weimin.ui.identity.SignedIn;
import org.weimin.ui.shell.MainLayout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.inject.Inject;

/**
 * A community's home page: its name and region, its grid, who you are and what you may do. Someone not
 * signed in to this community sees the sign-in form instead, and nothing of the community's data.
 */
@Route(value = "t/:community", layout = MainLayout.class)
public class CommunityHomeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CommunityGrid grid;
    private final CommunityAdministration communities;
    private final Authentication authentication;
    private final FollowNeeds demands;
    private String title = "";

    @Inject
    public CommunityHomeView(CommunityGrid grid, CommunityAdministration communities, Authentication authentication,
                             FollowNeeds demands) {
        this.grid = grid;
        this.communities = communities;
        this.authentication = authentication;
        this.demands = demands;
        setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("community").orElse("");
        Community community = communities.find(id).orElse(null);
        if (community == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        title = community.name(getLocale());
        Optional<Caller> caller = SignedIn.caller().filter(c -> c.accessTo(community).canRead());
        if (caller.isEmpty()) {
            showSignIn(community);
            return;
        }
        try {
            showHome(grid.home(community.id(), caller.get()));
        } catch (CommunityNotFoundException gone) {
            showSignIn(community);
        }
    }

    private void showSignIn(Community community) {
        H1 name = new H1(community.name(getLocale()));
        Paragraph region = new Paragraph(community.region().display());
        add(name, region);
        if (!community.isActive()) {
            add(MainLayout.card(new Paragraph(getTranslation("home.suspended"))));
            return;
        }
        add(new SignInForm(authentication, Optional.of(community.id()), getTranslation("sign-in.title"),
                signedIn -> getUI().ifPresent(ui -> ui.getPage().reload())));
    }

    private void showHome(CommunityHome home) {
        Community community = home.community();
        H1 name = new H1(community.name(getLocale()));
        name.setId("community-name");
        Span region = new Span(community.region().display());
        region.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(name, region);

        Caller caller = home.caller();
        UnorderedList roles = new UnorderedList();
        caller.roles().forEach(role -> roles.add(new ListItem(getTranslation("role." + role.name()))));
        Paragraph greeting = new Paragraph(getTranslation("home.greeting", caller.displayName()));
        greeting.setId("greeting");
        VerticalLayout you = new VerticalLayout(new H2(getTranslation("home.you")), greeting,
                new Span(getTranslation("home.roles")), roles);
        you.setPadding(false);
        you.setSpacing(false);
        if (home.access() == CommunityAccess.READ) {
            you.add(new Paragraph(getTranslation("home.read-only")));
        }
        if (!home.myGridCodes().isEmpty()) {
            you.add(new Paragraph(getTranslation("home.my-grids", String.join(", ", home.myGridCodes()))));
        }
        UnorderedList permissions = new UnorderedList();
        permissions.setId("permissions");
        for (Permission permission : home.permissions()) {
            permissions.add(new ListItem(getTranslation("permission." + permission.name())));
        }
        you.add(new Span(getTranslation("home.may")), permissions);
        add(MainLayout.card(you));
        if (home.permissions().contains(Permission.FOLLOW_OWN_NEEDS)) {
            long news = demands.news(community.id(), caller);
            if (news > 0) {
                Anchor open = new Anchor(
                        "t/" + community.id().value() + "/demands", getTranslation("home.news", news));
                open.setId("news");
                open.getElement().getThemeList().add("badge success primary");
                open.getStyle().set("font-size", "var(--lumo-font-size-l)").set("padding", "var(--lumo-space-s) var(--lumo-space-m)");
                add(open);
            }
        }
        add(communityLinks(home));

        FlexLayout figures = new FlexLayout(
                figure(getTranslation("home.grids"), home.grids().size()),
                figure(getTranslation("home.buildings"), home.buildings()),
                figure(getTranslation("home.households"), home.households()),
                figure(getTranslation("home.residents"), home.residents()));
        figures.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        figures.getStyle().set("gap", "var(--lumo-space-m)");
        add(MainLayout.card(new H2(getTranslation("home.grid")), figures, gridTable(home)));
    }

    private Component communityLinks(CommunityHome home) {
        String base = "t/" + home.community().id().value() + "/";
        HorizontalLayout links = new HorizontalLayout();
        links.getStyle().set("flex-wrap", "wrap");
        Anchor organizations = new Anchor(base + "organizations",
                getTranslation("home.link.organizations"));
        organizations.setId("link-organizations");
        if (home.permissions().contains(Permission.SUBMIT_NEEDS)) {
            Anchor raise = new Anchor(base + "demands/new",
                    getTranslation("home.link.raise"));
            raise.setId("link-raise");
            links.add(raise);
        }
        Anchor demands = new Anchor(base + "demands",
                getTranslation(home.permissions().contains(Permission.TRIAGE_NEEDS) ? "home.link.inbox" : "home.link.mine"));
        demands.setId("link-demands");
        links.add(demands);
        if (home.access() == CommunityAccess.MEMBER && home.permissions().contains(Permission.TRIAGE_NEEDS)) {
            Anchor meetings = new Anchor(base + "meetings",
                    getTranslation("home.link.meetings"));
            meetings.setId("link-meetings");
            links.add(meetings);
        }
        links.add(organizations);
        if (home.access() == CommunityAccess.MEMBER && home.permissions().contains(Permission.MANAGE_COMMUNITY)) {
            Anchor features = new Anchor(base + "features",
                    getTranslation("home.link.features"));
            features.setId("link-features");
            Anchor deadlines = new Anchor(base + "deadlines",
                    getTranslation("deadlines.title"));
            deadlines.setId("link-deadlines");
            links.add(features, deadlines);
        }
        return MainLayout.card(links);
    }

    private Grid<GridSummary> gridTable(CommunityHome home) {
        Grid<GridSummary> table = new Grid<>();
        table.setId("grid-table");
        table.addColumn(GridSummary::name).setHeader(getTranslation("home.grid.name")).setFlexGrow(2);
        table.addColumn(GridSummary::buildings).setHeader(getTranslation("home.buildings"));
        table.addColumn(GridSummary::households).setHeader(getTranslation("home.households"));
        table.addColumn(GridSummary::residents).setHeader(getTranslation("home.residents"));
        table.setItems(home.grids());
        table.setAllRowsVisible(true);
        table.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        if (home.grids().isEmpty()) {
            table.setEmptyStateText(getTranslation("home.grid.empty"));
        }
        return table;
    }

    private static VerticalLayout figure(String label, long value) {
        Span number = new Span(String.valueOf(value));
        number.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
        VerticalLayout figure = new VerticalLayout(number, new Span(label));
        figure.setSpacing(false);
        figure.setPadding(false);
        figure.setWidth("auto");
        figure.getStyle().set("min-width", "6em");
        return figure;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
