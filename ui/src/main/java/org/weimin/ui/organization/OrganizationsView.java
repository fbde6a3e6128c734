package org.weimin.ui.organization;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Permission;
import org.weimin.organization.application.OrganizationRegistry;
import org.weimin.organization.application.OrganizationTypeView;
import org.weimin.organization.application.OrganizationView;
import org.weimin.organization.model.OrganizationStatus;
import org.weimin.plugin.model.PluginFailureException;
import org.weimin.shared.ConflictException;
import org.weimin.tenancy.application.CommunityAdministration;
import org.weimin.tenancy.model.Community;
import org.weimin.ui.shell.CommunityPage;
import org.weimin.ui.shell.MainLayout;
import org.weimin.ui.shell.Notifications;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;

import jakarta.inject.Inject;

/** The community's micro-organisations (微组织): who they are, of which type; cadres register and approve them. */
@Route(value = "t/:community/organizations", layout = MainLayout.class)
public class OrganizationsView extends CommunityPage {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final OrganizationRegistry registry;
    private final Grid<OrganizationView> table = new Grid<>();
    private Community community;
    private Caller caller;

    @Inject
    public OrganizationsView(CommunityAdministration communities, OrganizationRegistry registry) {
        super(communities);
        this.registry = registry;
    }

    @Override
    protected String render(Community shown, Caller signedIn) {
        this.community = shown;
        this.caller = signedIn;
        String title = getTranslation("organizations.title");
        add(new H1(title), new Paragraph(getTranslation("organizations.intro")));
        boolean cadre = caller.permissions().contains(Permission.MANAGE_COMMUNITY) && caller.community().isPresent();
        if (cadre) {
            List<OrganizationTypeView> types = registry.types(community.id(), caller);
            Button register = new Button(getTranslation("organizations.register"), click ->
                    new RegisterOrganizationDialog(registry, community.id(), caller, types, created -> refresh()).open());
            register.setId("register-organization");
            register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            register.setEnabled(!types.isEmpty());
            add(register);
            if (types.isEmpty()) {
                add(new Paragraph(getTranslation("organizations.no-types")));
            }
        }
        table.setId("organizations");
        table.removeAllColumns();
        table.addColumn(OrganizationView::name).setHeader(getTranslation("organizations.column.name")).setAutoWidth(true).setFlexGrow(2);
        table.addColumn(o -> o.typeName() == null ? o.typeId() : o.typeName().in(getLocale()))
                .setHeader(getTranslation("organizations.column.type")).setAutoWidth(true);
        table.addComponentColumn(this::status).setHeader(getTranslation("organizations.column.status"));
        table.addColumn(o -> DATE.format(o.registeredAt().atZone(ZoneId.of("Asia/Shanghai"))))
                .setHeader(getTranslation("organizations.column.registered"));
        if (cadre) {
            table.addComponentColumn(this::decision).setAutoWidth(true);
        }
        table.setAllRowsVisible(true);
        table.setEmptyStateText(getTranslation("organizations.empty"));
        add(MainLayout.card(table));
        refresh();
        return title;
    }

    private Component status(OrganizationView organization) {
        Span badge = new Span(getTranslation("organization-status." + organization.status().name()));
        badge.getElement().getThemeList().add(switch (organization.status()) {
            case ACTIVE -> "badge success";
            case REJECTED -> "badge error";
            case PENDING_APPROVAL -> "badge contrast";
        });
        if (organization.rejectionReason() == null) {
            return badge;
        }
        Span reason = new Span(getTranslation("organizations.rejected-because", organization.rejectionReason()));
        reason.getStyle().set("font-size", "var(--lumo-font-size-s)").set("display", "block");
        return new Div(badge, reason);
    }

    /** A cadre approves a registration waiting for it, or refuses it with a reason. */
    private Component decision(OrganizationView organization) {
        if (organization.status() != OrganizationStatus.PENDING_APPROVAL) {
            return new Span();
        }
        Button approve = new Button(getTranslation("organizations.approve"), click -> decide(organization, () -> {
            registry.approve(community.id(), caller, organization.id());
            Notifications.success(getTranslation("organizations.approved", organization.name()));
        }));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.setId("approve-" + organization.name());
        Button reject = new Button(getTranslation("organizations.reject"), click -> askWhy(organization));
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        reject.setId("reject-" + organization.name());
        return new Div(approve, reject);
    }

    private void askWhy(OrganizationView organization) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("organizations.reject.title", organization.name()));
        TextArea why = new TextArea(getTranslation("organizations.reject.reason"));
        why.setId("reject-reason");
        why.setRequired(true);
        why.setMaxLength(500);
        why.setWidthFull();
        dialog.add(why);
        dialog.setWidth("min(520px, 96vw)");
        Button send = new Button(getTranslation("organizations.reject"), click -> {
            if (why.getValue().isBlank()) {
                why.setErrorMessage(getTranslation("organizations.reject.required"));
                why.setInvalid(true);
                return;
            }
            dialog.close();
            decide(organization, () -> {
                registry.reject(community.id(), caller, organization.id(), why.getValue().strip());
                Notifications.success(getTranslation("organizations.rejected", organization.name()));
            });
        });
        send.setId("reject-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(getTranslation("need.cancel"), click -> dialog.close()), send);
        dialog.open();
    }

    private void decide(OrganizationView organization, Runnable decision) {
        try {
            decision.run();
        } catch (ConflictException e) {
            Notifications.error(getTranslation("organizations.already-decided", organization.name()));
        } catch (PluginFailureException e) {
            Notifications.error(getTranslation("organizations.type-unavailable"));
        }
        refresh();
    }

    private void refresh() {
        table.setItems(registry.list(community.id(), caller));
    }
}
