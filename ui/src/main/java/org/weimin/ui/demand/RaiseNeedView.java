package org.weimin.ui.demand;

import org.weimin.demand.application.DemandService;
import org.weimin.demand.application.IntakeService;
import org.weimin.identity.model.Caller;
import org.weimin.plugin.application.InvalidSettingsException;
import org.weimin.shared.ConflictException;
import org.weimin.shared.ForbiddenActionException;
import org.weimin.shared.InvalidInputException;
import org.weimin.tenancy.application.CommunityAdministration;
import org.weimin.tenancy.model.Community;
import org.weimin.ui.shell.CommunityPage;
import org.weimin.ui.shell.MainLayout;
import org.weimin.ui.shell.Notifications;
import org.weimin.ui.shell.SchemaForm;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Route;

import jakarta.inject.Inject;

/** A resident raises a need on the phone, through the community's resident portal. */
@Route(value = "t/:community/demands/new", layout = MainLayout.class)
public class RaiseNeedView extends CommunityPage {

    static final String PORTAL = "intake.resident-portal";

    private final IntakeService intake;
    private final DemandService demands;

    @Inject
    public RaiseNeedView(CommunityAdministration communities, IntakeService intake, DemandService demands) {
        super(communities);
        this.intake = intake;
        this.demands = demands;
    }

    @Override
    protected String render(Community community, Caller caller) {
        String title = getTranslation("raise.title");
        add(new H1(title));
        String id = community.id().value();
        java.util.List<IntakeService.FormChannel> channels;
        try {
            channels = intake.formChannels(id, caller);
        } catch (ForbiddenActionException e) {
            channels = java.util.List.of();
        }
        if (channels.isEmpty()) {
            add(MainLayout.card(new Paragraph(getTranslation("raise.unavailable"))));
            return title;
        }
        Select<IntakeService.FormChannel> channel = new Select<>();
        channel.setId("raise-channel");
        channel.setLabel(getTranslation("raise.channel"));
        channel.setItems(channels);
        channel.setItemLabelGenerator(c -> c == null ? "" : c.name().in(getLocale()));
        channel.setVisible(channels.size() > 1);
        Div formHolder = new Div();
        SchemaForm[] form = new SchemaForm[1];
        channel.addValueChangeListener(chosen -> {
            formHolder.removeAll();
            form[0] = new SchemaForm(intake.channelForm(id, chosen.getValue().channelId(), caller), java.util.Map.of(), getLocale());
            form[0].setId("raise-form");
            formHolder.add(form[0]);
        });
        channel.setValue(channels.stream().filter(c -> PORTAL.equals(c.channelId())).findFirst().orElse(channels.get(0)));
        PhotosAndPlace extras = new PhotosAndPlace();
        extras.setVisible(PORTAL.equals(channel.getValue().channelId()));
        channel.addValueChangeListener(chosen -> extras.setVisible(PORTAL.equals(chosen.getValue().channelId())));
        Checkbox publicVisible = new Checkbox(getTranslation("raise.public"));
        publicVisible.setId("raise-public");
        Paragraph problem = new Paragraph();
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        Button send = new Button(getTranslation("raise.send"), click -> {
            problem.setText("");
            try {
                boolean portal = PORTAL.equals(channel.getValue().channelId());
                DemandService.IntakeOutcome outcome = intake.submitForm(id, channel.getValue().channelId(), caller,
                        form[0].values(), publicVisible.getValue(), portal ? extras.point() : null);
                Notifications.success(getTranslation("raise.sent", String.join("、", outcome.created())));
                if (portal && !outcome.createdIds().isEmpty()) {
                    try {
                        for (byte[] photo : extras.photos()) {
                            demands.addPhoto(id, caller, outcome.createdIds().get(0), photo);
                        }
                    } catch (IllegalArgumentException | ConflictException e) {
                        Notifications.error(getTranslation("raise.photo-refused"));
                    }
                }
                getUI().ifPresent(ui -> ui.navigate("t/" + id + "/demands"));
            } catch (InvalidSettingsException e) {
                problem.setText(String.join("; ", form[0].showErrors(e.errors(), getLocale())));
            } catch (InvalidInputException e) {
                problem.setText(getTranslation("demand.error.explain"));
            }
        });
        send.setId("raise-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        send.setWidthFull();
        add(MainLayout.card(new Paragraph(getTranslation("raise.intro")), channel, formHolder, extras, publicVisible, problem, send));
        return title;
    }
}
