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

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;

import jakarta.inject.Inject;

/** The community administrator sets how soon needs are answered and resolved. */
@Route(value = "t/:community/deadlines", layout = MainLayout.class)
public class DeadlinesView extends CommunityPage {

    private final DeadlineSettings deadlines;

    @Inject
    public DeadlinesView(CommunityAdministration communities, DeadlineSettings deadlines) {
        super(communities);
        this.deadlines = deadlines;
    }

    @Override
    protected String render(Community community, Caller caller) {
        String title = getTranslation("deadlines.title");
        add(new H1(title), new Paragraph(getTranslation("deadlines.intro")));
        if (caller.community().isEmpty() || !caller.permissions().contains(Permission.MANAGE_COMMUNITY)) {
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
        add(MainLayout.card(form, save));
        return title;
    }
}
