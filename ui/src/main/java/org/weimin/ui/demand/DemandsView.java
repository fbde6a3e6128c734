package org.weimin.ui.demand;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.weimin.demand.application.DemandViews;
import org.weimin.demand.application.NeedAccess;
import org.weimin.demand.application.TriageNeeds;
import org.weimin.demand.model.DemandFilter;
import org.weimin.demand.model.DemandKind;
import org.weimin.demand.model.DemandOrder;
import org.weimin.demand.model.DemandStatus;
import org.weimin.demand.model.ServiceCategory;
import org.weimin.grid.application.CommunityGrid;
import org.weimin.grid.model.GridSummary;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Permission;
import org.weimin.plugin.application.CommunityFeatures;
import org.weimin.plugin.model.FeatureDescriptor;
import org.weimin.plugin.model.FeatureKind;
import org.weimin.tenancy.application.CommunityAdministration;
import org.weimin.tenancy.model.Community;
import org.weimin.tenancy.model.CommunityId;
import org.weimin.ui.shell.CommunityPage;
import org.weimin.ui.shell.MainLayout;
import org.weimin.ui.shell.Notifications;
import org.weimin.ui.shell.WidePage;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import jakarta.inject.Inject;

/**
 * Needs. Staff get the inbox: filters kept in the address (a reload or a shared link keeps them), the most
 * urgent first, a wide table on a desk and cards on a phone. A resident gets their own needs as cards, with
 * news, and a link to the public board.
 */
@Route(value = "t/:community/demands", layout = MainLayout.class)
public class DemandsView extends CommunityPage implements WidePage {

    /** Below this window width the inbox shows cards rather than a table. */
    private static final int PHONE_WIDTH = 720;

    private final NeedUseCases needs;
    private final CommunityGrid grids;
    private final CommunityFeatures features;
    private final Grid<DemandViews.Summary> table = new Grid<>();
    private final Select<DemandStatus> status = new Select<>();
    private final Select<DemandKind> kind = new Select<>();
    private final Select<ServiceCategory> category = new Select<>();
    private final Select<GridSummary> grid = new Select<>();
    private final Select<FeatureDescriptor> channel = new Select<>();
    private final Select<DemandOrder> order = new Select<>();
    private final Checkbox overdue = new Checkbox();
    private final Checkbox myGrids = new Checkbox();
    private final TextField search = new TextField();
    private final Div list = new Div();
    private Details moreFilters;
    /** Whether the address asked for a filter beyond the words, which then shows open even on a phone. */
    private boolean filtered;
    private NeedCards cards;
    private List<String> myGridCodes = List.of();
    private CommunityId community;
    private java.time.ZoneId zone;
    private Caller caller;

    @Inject
    public DemandsView(CommunityAdministration communities, NeedUseCases needs, CommunityGrid grids, CommunityFeatures features) {
        super(communities);
        this.needs = needs;
        this.grids = grids;
        this.features = features;
    }

    @Override
    protected String render(Community shown, Caller signedIn) {
        this.community = shown.id();
        this.zone = shown.timeZone();
        this.caller = signedIn;
        boolean staff = NeedAccess.isStaff(caller);
        String title = getTranslation(caller.community().isEmpty() ? "demands.library" : staff ? "demands.inbox" : "demands.mine");
        add(new H1(title));
        if (caller.permissions().contains(Permission.SUBMIT_NEEDS)) {
            Button raise = new Button(getTranslation("raise.title"), click -> getUI().ifPresent(ui -> ui.navigate("t/" + community + "/demands/new")));
            raise.setId("raise-need");
            raise.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            add(raise);
        }
        if (!staff) {
            Anchor board = new Anchor("t/" + community + "/board", getTranslation("demands.board"));
            board.setId("link-board");
            NeedCards mine = new NeedCards(community, zone, NeedCards.Show.FOR_RESIDENT, getTranslation("demands.empty.mine"),
                    (offset, limit) -> needs.follow.inbox(community, caller, DemandFilter.all(), offset, limit));
            mine.setWidthFull();
            add(board, mine);
            return title;
        }
        moreFilters = filters();
        list.setWidthFull();
        search.setWidth("min(100%, 28em)");
        add(search, moreFilters, list);
        return title;
    }

    /** The table or the cards, once the window's width is known. */
    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (community != null && NeedAccess.isStaff(caller)) {
            attachEvent.getUI().getPage().retrieveExtendedClientDetails(details -> showInbox(details.getWindowInnerWidth() < PHONE_WIDTH));
        }
    }

    private void showInbox(boolean phone) {
        if (list.getChildren().findAny().isPresent()) {
            return;
        }
        moreFilters.setOpened(!phone || filtered);
        if (phone) {
            cards = new NeedCards(community, zone, NeedCards.Show.FOR_STAFF, getTranslation("demands.empty.inbox"),
                    (offset, limit) -> needs.follow.inbox(community, caller, filter(), offset, limit));
            cards.setWidthFull();
            list.add(cards);
        } else {
            if (caller.community().isPresent()) {
                list.add(bulkActions());
            }
            list.add(table());
        }
    }

    private Div table() {
        table.setId("demands");
        table.addComponentColumn(d -> {
            Span state = DemandLabels.status(this, d.status());
            return d.news() ? new Div(state, DemandLabels.news(this)) : state;
        }).setHeader(getTranslation("demands.column.status")).setAutoWidth(true).setFlexGrow(0);
        table.addComponentColumn(d -> DemandLabels.overdue(this, d.overdue())).setHeader(getTranslation("demands.column.overdue"))
                .setAutoWidth(true).setFlexGrow(0).setSortable(true).setKey("deadline");
        table.addComponentColumn(d -> {
            return new Anchor("t/" + community + "/demands/" + d.reference(), d.reference());
        }).setHeader(getTranslation("demands.column.reference")).setAutoWidth(true).setFlexGrow(0);
        table.addColumn(DemandViews.Summary::text).setHeader(getTranslation("demands.column.text")).setWidth("18em").setFlexGrow(4);
        table.addColumn(d -> d.category() != null ? getTranslation("category." + d.category().name())
                        : d.suggestion() == null ? "" : "≈ " + getTranslation("category." + d.suggestion().category().name()))
                .setHeader(getTranslation("demands.column.category")).setAutoWidth(true);
        table.addColumn(DemandViews.Summary::place).setHeader(getTranslation("demands.column.place")).setAutoWidth(true);
        table.addColumn(d -> getTranslation("demand.residents.count", d.residents())).setHeader(getTranslation("demand.residents")).setAutoWidth(true);
        table.addColumn(d -> DemandLabels.time(d.dueBy(), zone)).setHeader(getTranslation("demands.column.due")).setAutoWidth(true);
        table.addColumn(d -> DemandLabels.time(d.submittedAt(), zone)).setHeader(getTranslation("demands.column.submitted"))
                .setAutoWidth(true).setFlexGrow(0).setSortable(true).setKey("submitted");
        table.setEmptyStateText(getTranslation("demands.empty.inbox"));
        table.setMultiSort(false);
        table.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate("t/" + community + "/demands/" + click.getItem().reference())));
        table.setItems(query -> needs.follow.inbox(community, caller, filter(), query.getOffset(), query.getLimit()).items().stream(),
                query -> (int) needs.follow.count(community, caller, filter()));
        // A clicked column chooses the order, as the order field does: the field is what the list is sorted by.
        table.addSortListener(sorted -> {
            if (sorted.isFromClient()) {
                order.setValue(orderOf(sorted.getSortOrder()));
            }
        });
        table.setHeight("70vh");
        Paragraph legend = new Paragraph(getTranslation("demands.suggested.legend"));
        legend.setId("suggested-legend");
        legend.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)").set("margin", "0");
        return MainLayout.card(table, legend);
    }

    /** The order a clicked column asks for; the current order stays when the column's sort is taken off. */
    private DemandOrder orderOf(List<GridSortOrder<DemandViews.Summary>> sorting) {
        return sorting.stream().findFirst().map(o -> "submitted".equals(o.getSorted().getKey())
                        ? o.getDirection() == SortDirection.ASCENDING ? DemandOrder.OLDEST : DemandOrder.NEWEST
                        : o.getDirection() == SortDirection.ASCENDING ? DemandOrder.DEADLINE : DemandOrder.DEADLINE_LAST)
                .orElse(order.getValue());
    }

    private Details filters() {
        var home = grids.home(community, caller);
        Map<String, String> gridNames = new LinkedHashMap<>();
        home.grids().forEach(g -> gridNames.put(g.code(), g.name()));
        myGridCodes = home.myGridCodes();
        choice(status, "demands.column.status", List.of(DemandStatus.values()), s -> getTranslation("demand-status." + s.name()));
        choice(kind, "demands.column.kind", List.of(DemandKind.values()), k -> getTranslation("kind." + k.name()));
        choice(category, "demands.column.category", List.of(ServiceCategory.values()), c -> getTranslation("category." + c.name()));
        choice(grid, "demands.filter.grid", home.grids(), GridSummary::name);
        choice(channel, "demands.filter.channel", features.enabled(community, FeatureKind.INTAKE_CHANNEL), c -> c.displayName().in(getLocale()));
        grid.setId("filter-grid");
        channel.setId("filter-channel");
        order.setLabel(getTranslation("demands.sort"));
        order.setId("demands-sort");
        order.setItems(DemandOrder.values());
        order.setItemLabelGenerator(o -> getTranslation("demands.sort." + o.name()));
        order.setValue(DemandOrder.DEADLINE);
        order.addValueChangeListener(chosen -> {
            if (chosen.isFromClient()) {
                table.sort(List.of());
            }
        });
        overdue.setLabel(getTranslation("demands.filter.overdue"));
        search.setLabel(getTranslation("demands.filter.search"));
        search.setHelperText(getTranslation("demands.filter.search.helper"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("demands-search");
        search.setClearButtonVisible(true);
        myGrids.setLabel(getTranslation("demands.filter.my-grids", String.join("、", myGridCodes.stream().map(c -> gridNames.getOrDefault(c, c)).toList())));
        myGrids.setId("filter-my-grids");
        myGrids.setVisible(!myGridCodes.isEmpty());
        restoreFromAddress(home.grids());
        grid.setEnabled(!myGrids.getValue());
        List<HasValue<?, ?>> all = List.of(status, kind, category, grid, channel, order, overdue, myGrids, search);
        all.forEach(field -> field.addValueChangeListener(e -> filterChanged()));
        FlexLayout filters = new FlexLayout(status, kind, category, grid, channel, order, myGrids, overdue);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(Alignment.BASELINE);
        filters.getStyle().set("gap", "0 var(--lumo-space-m)");
        return new Details(getTranslation("demands.filters"), filters);
    }

    private <T> void choice(Select<T> select, String labelKey, List<T> values, Function<T, String> label) {
        select.setLabel(getTranslation(labelKey));
        select.setItems(values);
        select.setItemLabelGenerator(v -> v == null ? getTranslation("demands.filter.all") : label.apply(v));
        select.setEmptySelectionCaption(getTranslation("demands.filter.all"));
        select.setEmptySelectionAllowed(true);
    }

    /** The filters a shared link or a reload brings, so staff land where they were. */
    private void restoreFromAddress(List<GridSummary> communityGrids) {
        queryParameter("status").flatMap(v -> parse(DemandStatus.class, v)).ifPresent(status::setValue);
        queryParameter("kind").flatMap(v -> parse(DemandKind.class, v)).ifPresent(kind::setValue);
        queryParameter("category").flatMap(v -> parse(ServiceCategory.class, v)).ifPresent(category::setValue);
        queryParameter("sort").flatMap(v -> parse(DemandOrder.class, v)).ifPresent(order::setValue);
        queryParameter("grid").flatMap(code -> communityGrids.stream().filter(g -> g.code().equals(code)).findFirst()).ifPresent(grid::setValue);
        queryParameter("q").map(q -> q.length() > 100 ? q.substring(0, 100) : q).ifPresent(search::setValue);
        overdue.setValue(queryParameter("overdue").isPresent());
        myGrids.setValue(!myGridCodes.isEmpty() && queryParameter("mine").isPresent());
        filtered = status.getValue() != null || kind.getValue() != null || category.getValue() != null || grid.getValue() != null
                || overdue.getValue() || myGrids.getValue() || queryParameter("sort").isPresent();
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        try {
            return Optional.of(Enum.valueOf(type, value));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private void filterChanged() {
        grid.setEnabled(!myGrids.getValue());
        Map<String, String> shown = new LinkedHashMap<>();
        if (!search.getValue().isBlank()) {
            shown.put("q", search.getValue().strip());
        }
        Optional.ofNullable(status.getValue()).ifPresent(v -> shown.put("status", v.name()));
        Optional.ofNullable(kind.getValue()).ifPresent(v -> shown.put("kind", v.name()));
        Optional.ofNullable(category.getValue()).ifPresent(v -> shown.put("category", v.name()));
        Optional.ofNullable(grid.getValue()).ifPresent(v -> shown.put("grid", v.code()));
        if (order.getValue() != DemandOrder.DEADLINE) {
            shown.put("sort", order.getValue().name());
        }
        if (overdue.getValue()) {
            shown.put("overdue", "1");
        }
        if (myGrids.getValue()) {
            shown.put("mine", "1");
        }
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location("t/" + community + "/demands", QueryParameters.simple(shown))));
        if (cards != null) {
            cards.reload();
        } else {
            table.getDataProvider().refreshAll();
        }
    }

    private DemandFilter filter() {
        Set<String> gridCodes = myGrids.getValue() ? Set.copyOf(myGridCodes) : grid.getValue() == null ? Set.of() : Set.of(grid.getValue().code());
        return new DemandFilter(status.getValue() == null ? Set.of() : Set.of(status.getValue()), kind.getValue(),
                category.getValue(), null, gridCodes, channel.getValue() == null ? null : channel.getValue().featureId(),
                overdue.getValue(), null, search.getValue(), false, order.getValue());
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
        bar.getStyle().set("gap", "var(--lumo-space-m)").set("margin", "var(--lumo-space-s) 0");
        return bar;
    }

    private void runBulk(TriageNeeds.BulkAction action) {
        List<UUID> ids = table.getSelectedItems().stream().map(DemandViews.Summary::id).toList();
        TriageNeeds.BulkOutcome outcome = needs.triage.bulk(community, caller, ids, action);
        table.deselectAll();
        table.getDataProvider().refreshAll();
        if (outcome.skipped().isEmpty()) {
            Notifications.success(getTranslation("demands.bulk.done", outcome.done().size()));
        } else {
            Notifications.error(getTranslation("demands.bulk.partly", outcome.done().size(), outcome.skipped().size()));
        }
    }
}
