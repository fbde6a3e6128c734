package org.weimin.ui.plugin;

import java.util.List;

import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Permission;
import org.weimin.intake.application.IntakeChannels;
import org.weimin.plugin.application.CommunityFeatures;
import org.weimin.plugin.application.FeatureSetting;
import org.weimin.plugin.application.InvalidSettingsException;
import org.weimin.plugin.model.CallCircuit;
import org.weimin.plugin.model.FeatureKind;
import org.weimin.plugin.model.PluginCallFailedException;
import org.weimin.plugin.model.PluginFailureException;
import org.weimin.plugin.model.PluginPausedException;
import org.weimin.tenancy.application.CommunityAdministration;
import org.weimin.tenancy.model.Community;
import org.weimin.ui.shell.CommunityPage;
import org.weimin.ui.shell.MainLayout;
import org.weimin.ui.shell.Notifications;
import org.weimin.ui.shell.SchemaForm;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;

import jakarta.inject.Inject;

/** The community administrator turns plugin features on and configures them; forms come from the plugins' schemas. */
@Route(value = "t/:community/features", layout = MainLayout.class)
public class CommunityFeaturesView extends CommunityPage {


    private final CommunityFeatures features;
    private final IntakeChannels channels;

    @Inject
    public CommunityFeaturesView(CommunityAdministration communities, CommunityFeatures features, IntakeChannels channels) {
        super(communities);
        this.features = features;
        this.channels = channels;
    }

    @Override
    protected String render(Community community, Caller caller) {
        String title = getTranslation("features.title");
        add(new H1(title), new Paragraph(getTranslation("features.intro")));
        if (!caller.permissions().contains(Permission.MANAGE_COMMUNITY)) {
            showNotAllowed();
            return title;
        }
        List<FeatureSetting> settings = features.list(community.id(), caller);
        if (settings.isEmpty()) {
            add(MainLayout.card(new Paragraph(getTranslation("features.empty"))));
        }
        List<String> troubled = settings.stream().filter(s -> s.health() != null && s.health().troubled())
                .map(s -> getTranslation("features.health.item", s.feature().displayName().in(getLocale()), s.health().failures()))
                .toList();
        if (!troubled.isEmpty()) {
            Paragraph warning = new Paragraph(getTranslation("features.health.summary", String.join("、", troubled)));
            warning.setId("features-troubled");
            warning.getStyle().set("color", "var(--lumo-error-text-color)");
            add(MainLayout.card(warning));
        }
        for (FeatureKind kind : FeatureKind.values()) {
            List<FeatureSetting> ofKind = settings.stream().filter(s -> s.feature().kind() == kind).toList();
            if (!ofKind.isEmpty()) {
                add(new H2(getTranslation("feature-kind." + kind.name())));
                ofKind.forEach(setting -> add(card(community, caller, setting)));
            }
        }
        return title;
    }

    /** The address to hand to the integrator, with the path every delivery goes to. */
    private com.vaadin.flow.component.Component webhook(Community community, String featureId) {
        var request = com.vaadin.flow.server.VaadinServletRequest.getCurrent();
        String base = request == null ? "" : request.getScheme() + "://" + request.getServerName()
                + (request.getServerPort() == 80 || request.getServerPort() == 443 ? "" : ":" + request.getServerPort());
        com.vaadin.flow.component.textfield.TextField address = new com.vaadin.flow.component.textfield.TextField(
                getTranslation("features.webhook"));
        address.setValue(base + "/api/v1/t/" + community.id().value()
                + (channels.open311Channel().equals(featureId) ? "/open311/v2/" : "/intake/" + featureId));
        address.setReadOnly(true);
        address.setWidthFull();
        address.setHelperText(getTranslation(channels.open311Channel().equals(featureId) ? "features.webhook.open311-help" : "features.webhook.help"));
        address.setId("webhook-" + featureId);
        return address;
    }

    /** How this community's calls into the feature went: failures, the last one, and a pause if there is one. */
    private Paragraph health(CallCircuit.Status health, String featureId, java.time.ZoneId zone) {
        var time = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .withZone(zone);
        String text = getTranslation("features.health.failures", health.failures(), time.format(health.lastFailureAt()),
                health.lastError());
        if (health.state() == CallCircuit.State.PAUSED) {
            text += " " + getTranslation("features.health.paused", time.format(health.pausedUntil()));
        }
        Paragraph shown = new Paragraph(text);
        shown.setId("health-" + featureId);
        shown.getStyle().set("color", "var(--lumo-error-text-color)");
        return shown;
    }

    private com.vaadin.flow.component.Component card(Community community, Caller caller, FeatureSetting setting) {
        String featureId = setting.feature().featureId();
        Checkbox enabled = new Checkbox(getTranslation("features.enabled"), setting.enabled());
        enabled.setId("enabled-" + featureId);
        SchemaForm form = new SchemaForm(setting.feature().settingsSchema(), setting.settings(), getLocale());
        Span problem = new Span();
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        Button save = new Button(getTranslation("features.save"), click -> {
            problem.setText("");
            try {
                features.configure(community.id(), caller, featureId, enabled.getValue(), form.values());
                form.clearErrors();
                Notifications.success(getTranslation("features.saved", setting.feature().displayName().in(getLocale())));
            } catch (InvalidSettingsException e) {
                problem.setText(String.join("; ", form.showErrors(e.errors(), getLocale())));
            } catch (PluginFailureException | PluginCallFailedException | PluginPausedException e) {
                Notifications.error(getTranslation("features.plugin-failed"));
            }
        });
        save.setId("save-" + featureId);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        H3 name = new H3(setting.feature().displayName().in(getLocale()));
        Paragraph description = new Paragraph(setting.feature().description().in(getLocale()));
        description.getStyle().set("color", "var(--lumo-secondary-text-color)");
        var card = MainLayout.card(name, description, enabled);
        if (setting.health() != null && setting.health().troubled()) {
            card.add(health(setting.health(), featureId, community.timeZone()));
        }
        if (setting.feature().kind() == FeatureKind.INTAKE_CHANNEL) {
            card.add(webhook(community, featureId));
        }
        // A feature switched off asks for nothing: its settings show once it is switched on.
        form.setVisible(enabled.getValue());
        enabled.addValueChangeListener(switched -> form.setVisible(switched.getValue()));
        card.add(form, problem, save);
        card.setId("feature-" + featureId);
        return card;
    }
}
