package org.weimin.ui.demand;

import java.util.List;
import java.util.Set;

import org.weimin.demand.application.TriageNeeds;
import org.weimin.demand.application.DemandViews;
import org.weimin.demand.model.DemandFilter;
import org.weimin.demand.model.DemandKind;
import org.weimin.demand.model.DemandStatus;
import org.weimin.demand.model.ServiceCategory;
import org.weimin.grid.application.CommunityGrid;
import org.weimin.grid.model.GridSummary;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Permission;
import org.weimin.meeting.application.JointMeetings;
import org.weimin.plugin.application.CommunityFeatures;
import org.weimin.plugin.model.FeatureDescriptor;
import org.weimin.plugin.model.FeatureKind;
import org.weimin.tenancy.application.CommunityAdministration;
import org.weimin.tenancy.model.Community;
import org.weimin.tenancy.model.CommunityId;
import org.weimin.ui.shell.CommunityPage;
import org.weimin.ui.shell.MainLayout;
import org.weimin.ui.shell.Notifications;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;

import jakarta.inject.Inject;

/**
 * Needs: staff get the triage inbox (filters, a lazily loaded list that stays fast with a large library);
 * a resident gets their own needs with where each one stands.
 */
@Route(value = "t/:community/demands", layout = MainLayout.class)
public class DemandsView extends CommunityPage {

    private final NeedUseCases needs;
    private final JointMeetings meetings;
    private final CommunityGrid grids;
    private final CommunityFeatures features;
    private final Grid<DemandViews.Summary> table = new Grid<>();
    private final Select<DemandStatus> status = new Select<>();
    private final Select<DemandKind> kind = new Select<>();
    private final Select<ServiceCategory> category = new Select<>();
    private final Select<GridSummary> grid = new Select<>();
    private final Select<FeatureDescriptor> channel = new Select<>();
    private final Checkbox overdue = new Checkbox();
    private final Checkbox myGrids = new Checkbox();
    private List<String> myGridCodes = List.of();
    private final TextField search = new TextField();
    private final Checkbox board = new Checkbox();
    private CommunityId community;
    private java.time.ZoneId zone;
    private Caller caller;

    @Inject
    public DemandsView(CommunityAdministration communities, NeedUseCases needs, JointMeetings meetings,
                       CommunityGrid grids, CommunityFeatures features) {
        super(communities);
        this.needs = needs;
        this.meetings = meetings;
        this.grids = grids;
        this.features = features;
    }

    @Override
    protected String render(Community shown, Caller signedIn) {
        this.community = shown.id();
        this.zone = shown.timeZone();
        this.caller = signedIn;
        boolean staff = caller.permissions().contains(Permission.TRIAGE_NEEDS) || caller.community().isEmpty();
        String title = getTranslation(staff ? "demands.inbox" : "demands.mine");
        add(new H1(title));
        if (caller.permissions().contains(Permission.SUBMIT_NEEDS)) {
            Button raise = new Button(getTranslation("raise.title"), click -> getUI().ifPresent(ui -> ui.navigate("t/" + community + "/demands/new")));
            raise.setId("raise-need");
            raise.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            add(raise);
        }
        if (staff) {
            add(filters());
            if (caller.community().isPresent()) {
                add(bulkActions());
            }
        } else {
            board.setLabel(getTranslation("demands.board"));
            board.setId("public-board");
            board.addValueChangeListener(e -> table.getDataProvider().refreshAll());
            add(board);
        }
        table.setId("demands");
        table.addComponentColumn(d -> {
            if (!d.news()) {
                return DemandLabels.status(this, d.status());
            }
            Span news = new Span(getTranslation("demands.news"));
            news.getElement().getThemeList().add("badge success primary small");
            Div both = new Div(DemandLabels.status(this, d.status()), news);
            both.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "2px");
            return both;
        }).setHeader(getTranslation("demands.column.status")).setAutoWidth(true).setFlexGrow(0);
        if (staff) {
            table.addColumn(DemandViews.Summary::reference).setHeader(getTranslation("demands.column.reference")).setAutoWidth(true).setFlexGrow(0);
            table.addColumn(DemandViews.Summary::text).setHeader(getTranslation("demands.column.text")).setWidth("16em").setFlexGrow(3);
        } else {
            // On a phone the resident reads what and how far; the reference is in the need's own view.
            table.addColumn(DemandViews.Summary::text).setHeader(getTranslation("demands.column.text")).setFlexGrow(3);
        }
        if (staff) {
            table.addColumn(d -> d.category() != null ? getTranslation("category." + d.category().name())
                            : d.suggestion() == null ? "" : "≈ " + getTranslation("category." + d.suggestion().category().name()))
                    .setHeader(getTranslation("demands.column.category")).setAutoWidth(true);
            table.addColumn(DemandViews.Summary::place).setHeader(getTranslation("demands.column.place")).setAutoWidth(true);
            table.addColumn(d -> getTranslation("demand.residents.count", d.residents())).setHeader(getTranslation("demand.residents")).setAutoWidth(true);
            table.addComponentColumn(d -> DemandLabels.overdue(this, d.overdue())).setHeader(getTranslation("demands.column.overdue")).setAutoWidth(true).setFlexGrow(0);
        }
        table.addColumn(d -> DemandLabels.time(d.submittedAt(), zone)).setHeader(getTranslation("demands.column.submitted")).setAutoWidth(true).setFlexGrow(0);
        table.setEmptyStateText(getTranslation(staff ? "demands.empty.inbox" : "demands.empty.mine"));
        table.addItemClickListener(click -> new DemandDialog(needs, meetings, community, zone, caller, click.getItem().id(), table.getDataProvider()::refreshAll).open());
        table.setItems(query -> needs.follow.inbox(community, caller, filter(), query.getOffset(), query.getLimit()).items().stream(),
                query -> (int) needs.follow.count(community, caller, filter()));
        table.setHeight("70vh");
        add(MainLayout.card(table));
        return title;
    }

    private FlexLayout filters() {
        status.setLabel(getTranslation("demands.column.status"));
        status.setItems(DemandStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("demands.filter.all") : getTranslation("demand-status." + s.name()));
        status.setEmptySelectionCaption(getTranslation("demands.filter.all"));
        status.setEmptySelectionAllowed(true);
        kind.setLabel(getTranslation("demands.column.kind"));
        kind.setItems(DemandKind.values());
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("demands.filter.all") : getTranslation("kind." + k.name()));
        kind.setEmptySelectionCaption(getTranslation("demands.filter.all"));
        kind.setEmptySelectionAllowed(true);
        category.setLabel(getTranslation("demands.column.category"));
        category.setItems(ServiceCategory.values());
        category.setItemLabelGenerator(c -> c == null ? getTranslation("demands.filter.all") : getTranslation("category." + c.name()));
        category.setEmptySelectionCaption(getTranslation("demands.filter.all"));
        category.setEmptySelectionAllowed(true);
        overdue.setLabel(getTranslation("demands.filter.overdue"));
        search.setLabel(getTranslation("demands.filter.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("demands-search");
        grid.setLabel(getTranslation("demands.filter.grid"));
        var home = grids.home(community, caller);
        grid.setItems(home.grids());
        myGridCodes = home.myGridCodes();
        myGrids.setLabel(getTranslation("demands.filter.my-grids", String.join("、", myGridCodes)));
        myGrids.setId("filter-my-grids");
        myGrids.setVisible(!myGridCodes.isEmpty());
        myGrids.addValueChangeListener(e -> {
            grid.setEnabled(!e.getValue());
            table.getDataProvider().refreshAll();
        });
        grid.setItemLabelGenerator(g -> g == null ? getTranslation("demands.filter.all") : g.name());
        grid.setEmptySelectionCaption(getTranslation("demands.filter.all"));
        grid.setEmptySelectionAllowed(true);
        grid.setId("filter-grid");
        channel.setLabel(getTranslation("demands.filter.channel"));
        channel.setItems(features.enabled(community, FeatureKind.INTAKE_CHANNEL));
        channel.setItemLabelGenerator(c -> c == null ? getTranslation("demands.filter.all") : c.displayName().in(getLocale()));
        channel.setEmptySelectionCaption(getTranslation("demands.filter.all"));
        channel.setEmptySelectionAllowed(true);
        channel.setId("filter-channel");
        grid.addValueChangeListener(e -> table.getDataProvider().refreshAll());
        channel.addValueChangeListener(e -> table.getDataProvider().refreshAll());
        status.addValueChangeListener(e -> table.getDataProvider().refreshAll());
        kind.addValueChangeListener(e -> table.getDataProvider().refreshAll());
        category.addValueChangeListener(e -> table.getDataProvider().refreshAll());
        overdue.addValueChangeListener(e -> table.getDataProvider().refreshAll());
        search.addValueChangeListener(e -> table.getDataProvider().refreshAll());
        FlexLayout filters = new FlexLayout(status, kind, category, grid, channel, search, myGrids, overdue);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-m)");
        return filters;
    }

    private DemandFilter filter() {
        return new DemandFilter(status.getValue() == null ? Set.of() : Set.of(status.getValue()), kind.getValue(),
                category.getValue(), null, myGrids.getValue() ? Set.copyOf(myGridCodes)
                        : grid.getValue() == null ? Set.of() : Set.of(grid.getValue().code()),
                channel.getValue() == null ? null : channel.getValue().featureId(), overdue.getValue(), null, search.getValue(),
                board.getValue());
    }

    /** Staff tick needs in the list and handle them together: take the suggested classification, or accept them. */
    private FlexLayout bulkActions() {
        table.setSelectionMode(Grid.SelectionMode.MULTI);
        Span chosen = new Span();
        chosen.setId("bulk-count");
        Button classify = new Button(getTranslation("demands.bulk.classify"), click -> runBulk(TriageNeeds.BulkAction.CLASSIFY_AS_SUGGESTED));
        classify.setId("bulk-classify");
        Button accept = new Button(getTranslation("demands.bulk.accept"), click -> runBulk(TriageNeeds.BulkAction.ACCEPT));
        accept.setId("bulk-accept");
        Runnable update = () -> {
            int count = table.getSelectedItems().size();
            chosen.setText(count == 0 ? getTranslation("demands.bulk.hint") : getTranslation("demands.bulk.count", count));
            classify.setEnabled(count > 0);
            accept.setEnabled(count > 0);
        };
        table.addSelectionListener(e -> update.run());
        update.run();
        FlexLayout bar = new FlexLayout(chosen, classify, accept);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(Alignment.CENTER);
        bar.getStyle().set("gap", "var(--lumo-space-m)");
        return bar;
    }

    private void runBulk(TriageNeeds.BulkAction action) {
        java.util.List<java.util.UUID> ids = table.getSelectedItems().stream().map(DemandViews.Summary::id).toList();
        TriageNeeds.BulkOutcome outcome = needs.triage.bulk(community, caller, ids, action);
        table.deselectAll();
        table.getDataProvider().refreshAll();
        if (outcome.skipped().isEmpty()) {
            Notifications.success(getTranslation("demands.bulk.done", outcome.done().size()));
        } else {
            Notifications.error(getTranslation("demands.bulk.partly", outcome.done().size(), outcome.skipped().size()));
        }
    }

    /** A labelled value in a detail view: "地点：3-2". */
    public static Div line(String label, String value) {
        Span name = new Span(label + "：");
        name.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return new Div(name, new Span(value == null ? "" : value));
    }

    static Paragraph plain(String text) {
        return new Paragraph(text);
    }
}
