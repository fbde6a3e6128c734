package org.weimin.ui.grid;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.weimin.demand.application.FollowNeeds;
import org.weimin.demand.model.DemandFilter;
import org.weimin.demand.model.DemandOrder;
import org.weimin.demand.model.DemandStatus;
import org.weimin.grid.application.CommunityGrid;
import org.weimin.intake.application.ChannelForms;
import org.weimin.intake.application.IntakeChannels;
import org.weimin.shared.ForbiddenActionException;
import org.weimin.grid.application.CommunityHome;
import org.weimin.grid.model.GridSummary;
import org.weimin.identity.application.Authentication;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.CommunityAccess;
import org.weimin.identity.model.Permission;
import org.weimin.tenancy.application.CommunityAdministration;
import org.weimin.tenancy.application.CommunityNotFoundException;
import org.weimin.tenancy.model.Community;
import org.weimin.tenancy.model.CommunityId;
import org.weimin.ui.demand.NeedCards;
import org.weimin.ui.identity.SignInForm;
import org.weimin.ui.identity.SignedIn;
import org.weimin.ui.shell.CommunityPage;
import org.weimin.ui.shell.MainLayout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.inject.Inject;

/**
 * A community's home page, one per role: a resident gets one big button to raise a need and their open needs
 * with news; staff get what waits for them, each count a link to the inbox filtered to it; supervisors are told
 * what they may look at. Someone not signed in sees the sign-in form (which brings them back to the page they
 * first opened) and the public board's link, and nothing of the community's data.
 */
@Route(value = "t/:community", layout = MainLayout.class)
public class CommunityHomeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final Set<DemandStatus> OPEN = EnumSet.copyOf(Arrays.stream(DemandStatus.values())
            .filter(DemandStatus::isOpen).toList());

    private final CommunityGrid grid;
    private final CommunityAdministration communities;
    private final Authentication authentication;
    private final FollowNeeds demands;
    private final ChannelForms intake;
    private final IntakeChannels channels;
    private String title = "";

    @Inject
    public CommunityHomeView(CommunityGrid grid, CommunityAdministration communities, Authentication authentication,
                             FollowNeeds demands, ChannelForms intake, IntakeChannels channels) {
        this.intake = intake;
        this.channels = channels;
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
        String returnTo = event.getLocation().getQueryParameters().getSingleParameter(CommunityPage.SIGN_IN_RETURNS_TO)
                .filter(CommunityHomeView::isPageInside).orElse("");
        if (caller.isEmpty() && SignedIn.caller().filter(Caller::isPlatformAdmin).isPresent()) {
            showToAdministrator(community);
            return;
        }
        if (caller.isEmpty()) {
            showSignIn(community, returnTo);
            return;
        }
        try {
            showHome(grid.home(community.id(), caller.get()));
        } catch (CommunityNotFoundException gone) {
            showSignIn(community, returnTo);
        }
    }

    /** A page of the community the sign-in may send someone back to: a plain path, never another site. */
    private static boolean isPageInside(String path) {
        return path.matches("[A-Za-z0-9][A-Za-z0-9/_-]*(\\?[A-Za-z0-9=&%_.-]*)?") && !path.contains("//");
    }

    /**
     * The platform administrator runs the platform, not the community: they see what it is and its public
     * board, not its residents' needs, which are for the community's staff and those who oversee it.
     */
    private void showToAdministrator(Community community) {
        H1 name = new H1(community.name(getLocale()));
        name.setId("community-name");
        Paragraph status = new Paragraph(getTranslation("status." + community.status().name()));
        status.setId("community-status");
        add(name, new Paragraph(community.region().display()), status, MainLayout.card(new Paragraph(getTranslation("home.administrator")),
                link("t/" + community.id().value() + "/board", "home.link.board", "link-board"), link("admin", "home.link.admin", "link-admin")));
    }

    private void showSignIn(Community community, String returnTo) {
        add(new H1(community.name(getLocale())), new Paragraph(community.region().display()));
        if (!community.isActive()) {
            add(MainLayout.card(new Paragraph(getTranslation("home.suspended"))));
            return;
        }
        String base = "t/" + community.id().value() + "/";
        add(new SignInForm(authentication, Optional.of(community.id()), getTranslation("sign-in.title"),
                        signedIn -> getUI().ifPresent(ui -> ui.getPage().setLocation(base + returnTo))),
                MainLayout.card(new Paragraph(getTranslation("home.board.intro")), link(base + "board", "home.link.board", "link-board"),
                        link(base + "funding", "home.link.funding", "link-funding"), link(base + "ventures", "home.link.ventures", "link-ventures"),
                link(base + "fund", "home.link.fund", "link-fund"), link(base + "evaluation", "home.link.evaluation", "link-evaluation")));
    }

    private void showHome(CommunityHome home) {
        Community community = home.community();
        H1 name = new H1(community.name(getLocale()));
        name.setId("community-name");
        Span region = new Span(community.region().display());
        region.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Caller caller = home.caller();
        Paragraph greeting = new Paragraph(getTranslation("home.greeting", caller.displayName()) + " "
                + String.join("、", caller.roles().stream().map(r -> getTranslation("role." + r.name())).toList()));
        greeting.setId("greeting");
        add(name, region, greeting);
        if (!home.myGridCodes().isEmpty()) {
            Paragraph mine = new Paragraph(getTranslation("home.my-grids", String.join("、", home.grids().stream()
                    .filter(g -> home.myGridCodes().contains(g.code())).map(GridSummary::name).toList())));
            mine.setId("my-grids");
            add(mine);
        }
        String base = "t/" + community.id().value() + "/";
        if (home.access() == CommunityAccess.READ) {
            add(MainLayout.card(new Paragraph(getTranslation("home.read-only")), link(base + "demands", "home.link.library", "link-demands"),
                    link(base + "board", "home.link.board", "link-board"), link(base + "organizations", "home.link.organizations", "link-organizations")));
        } else if (home.permissions().contains(Permission.TRIAGE_NEEDS)) {
            add(staffWaiting(home, base), staffLinks(home, base));
        } else {
            add(residentHome(home, base));
        }
        add(gridFigures(home));
    }

    /** A resident's home: one big button to raise a need, their open needs with news, and the public board. */
    private Component residentHome(CommunityHome home, String base) {
        Div column = new Div();
        column.setWidthFull();
        if (home.permissions().contains(Permission.SUBMIT_NEEDS)) {
            Anchor raise = new Anchor(base + "demands/new", getTranslation("home.link.raise"));
            raise.setId("link-raise");
            raise.addClassName("big-link");
            column.add(raise);
        }
        CommunityId community = home.community().id();
        Div mine = MainLayout.card(new H2(getTranslation("home.mine.title")));
        long news = demands.news(community, home.caller());
        if (news > 0) {
            Anchor open = new Anchor(base + "demands", getTranslation("home.news", news));
            open.setId("news");
            open.getElement().getThemeList().add("badge success primary");
            open.getStyle().set("font-size", "var(--lumo-font-size-l)").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                    .set("display", "inline-flex").set("align-items", "center").set("min-height", "44px").set("box-sizing", "border-box")
                    .set("margin-bottom", "var(--lumo-space-s)");
            mine.add(open);
        }
        DemandFilter open = new DemandFilter(OPEN, null, null, null, Set.of(), null, false, null, null, false, DemandOrder.NEWEST);
        mine.add(NeedCards.firstFew(community, home.community().timeZone(), NeedCards.Show.FOR_RESIDENT,
                        getTranslation("home.mine.none"), (offset, limit) -> demands.inbox(community, home.caller(), open, offset, limit), 3),
                link(base + "demands", "home.link.mine", "link-demands"));
        if (!home.myGridWorkers().isEmpty()) {
            column.add(gridWorkers(home));
        }
        column.add(mine, MainLayout.card(new Paragraph(getTranslation("home.wishes.intro")), link(base + "wishes", "home.link.wishes", "link-wishes"),
                link(base + "volunteers", "home.link.volunteering", "link-volunteers")),
                MainLayout.card(new Paragraph(getTranslation("home.board.intro")), link(base + "board", "home.link.board", "link-board"),
                link(base + "organizations", "home.link.organizations", "link-organizations"),
                link(base + "funding", "home.link.funding", "link-funding"), link(base + "ventures", "home.link.ventures", "link-ventures"),
                link(base + "fund", "home.link.fund", "link-fund"), link(base + "evaluation", "home.link.evaluation", "link-evaluation")));
        return column;
    }

    /** Who looks after the resident's grid, and how to call them. */
    private Component gridWorkers(CommunityHome home) {
        Div card = MainLayout.card(new H2(getTranslation("home.grid-workers.title")));
        card.setId("my-grid-workers");
        for (var worker : home.myGridWorkers()) {
            Div line = new Div(new Span(getTranslation("home.grid-worker", worker.displayName())));
            line.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)").set("align-items", "center");
            if (worker.workPhone() != null) {
                Anchor call = new Anchor("tel:" + worker.workPhone().replaceAll("[^0-9+]", ""), getTranslation("home.call", worker.workPhone()));
                call.addClassName("home-link");
                line.add(call);
            }
            card.add(line);
        }
        return card;
    }

    /** Staff see what waits for them, each count a link to the inbox filtered to it. */
    private Component staffWaiting(CommunityHome home, String base) {
        CommunityId community = home.community().id();
        Div counts = new Div(
                count(base + "demands?status=SUBMITTED", "home.waiting.triage",
                        demands.count(community, home.caller(), only(Set.of(DemandStatus.SUBMITTED), false))),
                count(base + "demands?overdue=1", "home.waiting.overdue", demands.count(community, home.caller(), only(Set.of(), true))),
                count(base + "demands?status=RESOLVED", "home.waiting.confirmation",
                        demands.count(community, home.caller(), only(Set.of(DemandStatus.RESOLVED), false))));
        counts.addClassName("figures");
        counts.setId("waiting-for-you");
        return MainLayout.card(new H2(getTranslation("home.waiting.title")), counts);
    }

    private static DemandFilter only(Set<DemandStatus> statuses, boolean overdue) {
        return new DemandFilter(statuses, null, null, null, Set.of(), null, overdue, null, null, false, DemandOrder.DEADLINE);
    }

    private Component count(String href, String labelKey, long value) {
        Span number = new Span(String.valueOf(value));
        number.addClassName("number");
        Anchor figure = new Anchor(href, number, new Span(getTranslation(labelKey)));
        figure.addClassName("figure");
        figure.setId(labelKey.replace('.', '-'));
        return figure;
    }

    private Component staffLinks(CommunityHome home, String base) {
        Div links = new Div(link(base + "demands", "home.link.inbox", "link-demands"));
        Div record = new Div();
        record.setId("record-needs");
        for (ChannelForms.FormChannel channel : recordingChannels(home)) {
            Anchor form = new Anchor(base + "demands/new?channel=" + channel.channelId(), channel.name().in(getLocale()));
            form.setId("record-" + channel.channelId());
            form.addClassName("home-link");
            record.add(form);
        }
        links.add(link(base + "wishes", "home.link.wishes", "link-wishes"), link(base + "claims", "home.link.claims", "link-claims"),
                link(base + "volunteers", "home.link.volunteers", "link-volunteers"));
        links.add(link(base + "routine", "home.link.routine", "link-routine"),
                link(base + "sessions", "home.link.sessions", "link-sessions"), link(base + "meetings", "home.link.meetings", "link-meetings"),
                link(base + "board", "home.link.board", "link-board"),
                link(base + "organizations", "home.link.organizations", "link-organizations"),
                link(base + "projects", "home.link.projects", "link-projects"), link(base + "return-visits", "home.link.return-visits", "link-return-visits"),
                link(base + "evaluation/rounds", "home.link.rounds", "link-rounds"),
                link(base + "fund/books", "home.link.fund-books", "link-fund-books"),
                link(base + "funding", "home.link.funding", "link-funding"), link(base + "ventures", "home.link.ventures", "link-ventures"),
                link(base + "fund", "home.link.fund", "link-fund"), link(base + "evaluation", "home.link.evaluation", "link-evaluation"));
        if (home.permissions().contains(Permission.MANAGE_COMMUNITY)) {
            links.add(link(base + "features", "home.link.features", "link-features"), link(base + "deadlines", "deadlines.title", "link-deadlines"));
        }
        return record.getChildren().findAny().isPresent()
                ? new Div(MainLayout.card(links), MainLayout.card(new H2(getTranslation("home.record.title")), record))
                : MainLayout.card(links);
    }

    /** The forms staff fill in on residents' behalf: door-to-door visits, the self-help station, forum minutes. */
    private List<ChannelForms.FormChannel> recordingChannels(CommunityHome home) {
        try {
            return intake.formChannels(home.community().id(), home.caller()).stream()
                    .filter(c -> !c.channelId().equals(channels.residentChannel())).toList();
        } catch (ForbiddenActionException notForThisRole) {
            return List.of();
        }
    }

    private Anchor link(String href, String key, String id) {
        Anchor link = new Anchor(href, getTranslation(key));
        link.setId(id);
        link.addClassName("home-link");
        return link;
    }

    /** The grid in figures: registered buildings, households and residents, and a table by grid. */
    private Component gridFigures(CommunityHome home) {
        Div figures = new Div(figure(getTranslation("home.grids"), home.grids().size()),
                figure(getTranslation("home.buildings"), home.buildings()),
                figure(getTranslation("home.households"), home.households()),
                figure(getTranslation("home.residents"), home.residents()));
        figures.addClassName("figures");
        Details byGrid = new Details(getTranslation("home.grid.by-grid"), gridTable(home));
        return MainLayout.card(new H2(getTranslation("home.grid")), new Paragraph(getTranslation("home.grid.registered")), figures, byGrid);
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

    private static Div figure(String label, long value) {
        Span number = new Span(String.valueOf(value));
        number.addClassName("number");
        Div figure = new Div(number, new Span(label));
        figure.addClassName("figure");
        return figure;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
