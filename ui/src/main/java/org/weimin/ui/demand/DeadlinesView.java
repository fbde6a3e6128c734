package org.weimin.ui.demand;

import org.weimin.demand.application.DeadlineSettings;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Permission;
import org.weimin.plugin.application.InvalidSettingsException;
import org.weimin.tenancy.application.CommunityAdministration;
import org.weimin.tenancy.model.Community;
import org.weimin.ui.shell.CommunityPage;
import org.weimin.ui.shell.MainLayout;
import org.weimin.ui.shell.Notifications;
import org.weimin.ui.shell.SchemaForm;

import org.weimin.shared.InvalidInputException;
import org.weimin.wish.application.ClaimPeriodSettings;
import org.weimin.wish.model.ClaimPeriods;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;

import jakarta.inject.Inject;

/** The community administrator sets how soon needs are answered and resolved. */
@Route(value = "t/:community/deadlines", layout = MainLayout.class)
public class DeadlinesView extends CommunityPage {

    private final DeadlineSettings deadlines;
    private final ClaimPeriodSettings claimPeriods;

    @Inject
    public DeadlinesView(CommunityAdministration communities, DeadlineSettings deadlines, ClaimPeriodSettings claimPeriods) {
        super(communities);
        this.deadlines = deadlines;
        this.claimPeriods = claimPeriods;
    }

    @Override
    protected String render(Community community, Caller caller) {
        String title = getTranslation("deadlines.title");
        add(new H1(title), new Paragraph(getTranslation("deadlines.intro")));
        if (!caller.holds(Permission.MANAGE_COMMUNITY)) {
            showNotAllowed();
            return title;
        }
        org.weimin.tenancy.model.CommunityId id = community.id();
        SchemaForm form = new SchemaForm(DeadlineSettings.SCHEMA, deadlines.current(id, caller), getLocale());
        form.setId("deadlines-form");
        Button save = new Button(getTranslation("features.save"), click -> {
            try {
                deadlines.update(id, caller, form.values());
                form.clearErrors();
                Notifications.success(getTranslation("deadlines.saved"));
            } catch (InvalidSettingsException e) {
                form.showErrors(e.errors(), getLocale());
            }
        });
        save.setId("save-deadlines");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(MainLayout.card(form, save), claimPeriods(id, caller));
        return title;
    }

    /** The days a claimer of a wish has, beside the community's other deadlines. */
    private com.vaadin.flow.component.Component claimPeriods(org.weimin.tenancy.model.CommunityId id, Caller caller) {
        ClaimPeriods current = claimPeriods.current(id, caller);
        IntegerField contact = new IntegerField(getTranslation("deadlines.claim-contact"));
        contact.setId("claim-contact-days");
        contact.setMin(1);
        contact.setMax(30);
        contact.setStepButtonsVisible(true);
        contact.setValue(current.contactWithinDays());
        IntegerField fulfil = new IntegerField(getTranslation("deadlines.claim-fulfil"));
        fulfil.setId("claim-fulfil-days");
        fulfil.setMin(1);
        fulfil.setMax(180);
        fulfil.setStepButtonsVisible(true);
        fulfil.setValue(current.fulfilWithinDays());
        Button save = new Button(getTranslation("features.save"), click -> {
            try {
                claimPeriods.change(id, caller, new ClaimPeriods(contact.getValue() == null ? 0 : contact.getValue(),
                        fulfil.getValue() == null ? 0 : fulfil.getValue()));
                Notifications.success(getTranslation("deadlines.saved"));
            } catch (InvalidInputException e) {
                Notifications.error(getTranslation("deadlines.claim-invalid." + e.field()));
            }
        });
        save.setId("save-claim-periods");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return MainLayout.card(new H2(getTranslation("deadlines.claims")), new Paragraph(getTranslation("deadlines.claims.intro")),
                contact, fulfil, save);
    }
}
