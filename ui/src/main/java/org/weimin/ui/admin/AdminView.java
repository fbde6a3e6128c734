package org.weimin.ui.admin;

import java.util.Optional;

import org.weimin.config.application.ConfigReport;
import org.weimin.config.application.TenantConfigService;
import org.weimin.identity.application.Authentication;
import org.weimin.identity.model.Caller;
import org.weimin.shared.ConflictException;
import org.weimin.tenancy.application.CommunityAdministration;
import org.weimin.tenancy.model.Community;
import org.weimin.tenancy.model.CommunityStatus;
import org.weimin.ui.identity.SignInForm;
import org.weimin.identity.application.InviteFirstCadre;
import org.weimin.ui.identity.SignedIn;
import org.weimin.ui.shell.MainLayout;
import org.weimin.ui.shell.Notifications;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.inject.Inject;

/**
 * The platform administrator's page: every community with its status and population; create, suspend
 * and reactivate communities, and reload the communities' configuration without a restart. Supervisors
 * and assessors see the communities they may read.
 */
@Route(value = "admin", layout = MainLayout.class)
public class AdminView extends VerticalLayout implements HasDynamicTitle {

    private final CommunityAdministration communities;
    private final TenantConfigService tenantConfig;
    private final InviteFirstCadre cadres;
    private final Grid<Community> table = new Grid<>();
    private final Div report = new Div();

    @Inject
    public AdminView(CommunityAdministration communities, TenantConfigService tenantConfig,
                     Authentication authentication, InviteFirstCadre cadres) {
        this.communities = communities;
        this.tenantConfig = tenantConfig;
        this.cadres = cadres;
        setPadding(false);
        Optional<Caller> caller = SignedIn.caller().filter(c -> c.community().isEmpty());
        if (caller.isEmpty()) {
            add(new SignInForm(authentication, Optional.empty(), getTranslation("admin.sign-in"),
                    signedIn -> getUI().ifPresent(ui -> ui.getPage().reload())));
        } else if (caller.get().isPlatformAdmin()) {
            showAdministration(caller.get());
        } else {
            showReadableCommunities(caller.get());
        }
    }

    private void showAdministration(Caller administrator) {
        Button create = new Button(getTranslation("admin.create"), click -> new CreateCommunityDialog(communities, cadres,
                administrator, created -> refresh()).open());
        create.setId("create-community");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reload = new Button(getTranslation("admin.reload"), click -> reloadConfiguration());
        reload.setId("reload-config");
        reload.setDisableOnClick(true);
        reload.addClickListener(click -> reload.setEnabled(true));
        HorizontalLayout actions = new HorizontalLayout(create, reload);
        actions.getStyle().set("flex-wrap", "wrap");

        table.setId("communities");
        table.addColumn(c -> c.name(getLocale())).setHeader(getTranslation("admin.column.name")).setAutoWidth(true)
                .setFlexGrow(2);
        table.addColumn(c -> c.id().value()).setHeader(getTranslation("admin.column.id"));
        table.addColumn(c -> c.region().subDistrict()).setHeader(getTranslation("admin.column.sub-district"));
        table.addComponentColumn(this::status).setHeader(getTranslation("admin.column.status"));
        table.addColumn(c -> c.population().households()).setHeader(getTranslation("admin.column.households"));
        table.addColumn(c -> c.population().residents()).setHeader(getTranslation("admin.column.residents"));
        table.addComponentColumn(this::statusAction).setHeader(getTranslation("admin.column.action"));
        table.setAllRowsVisible(true);
        table.setEmptyStateText(getTranslation("admin.empty"));

        add(AdminNavigation.create(), new H1(getTranslation("admin.title")), actions, MainLayout.card(table), report);
        refresh();
        showReport(tenantConfig.lastReport());
    }

    private Component status(Community community) {
        Span badge = new Span(getTranslation("status." + community.status().name()));
        badge.getElement().getThemeList().add(community.isActive() ? "badge success" : "badge error");
        return badge;
    }

    private Component statusAction(Community community) {
        boolean active = community.status() == CommunityStatus.ACTIVE;
        Button action = new Button(getTranslation(active ? "admin.suspend" : "admin.activate"), click -> {
            try {
                if (active) {
                    communities.suspend(community.id().value(), actor());
                } else {
                    communities.activate(community.id().value(), actor());
                }
                notify(getTranslation(active ? "admin.suspended" : "admin.activated", community.name(getLocale())), false);
            } catch (ConflictException e) {
                notify(e.getMessage(), true);
            }
            refresh();
        });
        action.setId((active ? "suspend-" : "activate-") + community.id().value());
        action.addThemeVariants(ButtonVariant.LUMO_SMALL, active ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
        return action;
    }

    private void reloadConfiguration() {
        ConfigReport result = tenantConfig.applyAll();
        refresh();
        showReport(result);
        notify(getTranslation("admin.reloaded", result.files().size(), result.rejected()), result.rejected() > 0);
    }

    private void showReport(ConfigReport result) {
        report.removeAll();
        if (result.appliedAt() == null) {
            return;
        }
        UnorderedList files = new UnorderedList();
        files.setId("config-report");
        for (ConfigReport.FileOutcome file : result.files()) {
            ListItem item = new ListItem(file.file() + " — " + getTranslation("config." + file.status().name())
                    + " (" + file.summary() + ")");
            if (!file.problems().isEmpty()) {
                UnorderedList problems = new UnorderedList();
                file.problems().forEach(p -> problems.add(new ListItem(p.toString())));
                problems.getStyle().set("color", "var(--lumo-error-text-color)");
                item.add(problems);
            }
            files.add(item);
        }
        report.add(MainLayout.card(new H2(getTranslation("admin.report")), files));
    }

    private void showReadableCommunities(Caller caller) {
        add(new H1(getTranslation("admin.readable")));
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        communities.all().stream().filter(c -> caller.accessTo(c).canRead()).forEach(c ->
                list.add(new Anchor("t/" + c.id().value(), c.name(getLocale()) + " · " + c.region().display())));
        if (list.getComponentCount() == 0) {
            list.add(new Paragraph(getTranslation("admin.readable.empty")));
        }
        add(MainLayout.card(list));
    }

    private static String actor() {
        return SignedIn.caller().map(Caller::username).orElse("-");
    }

    private void refresh() {
        table.setItems(communities.all());
    }

    private static void notify(String message, boolean error) {
        if (error) {
            Notifications.error(message);
        } else {
            Notifications.success(message);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.title");
    }
}
