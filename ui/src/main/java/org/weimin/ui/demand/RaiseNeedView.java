package org.weimin.ui.demand;

import org.weimin.demand.application.NeedPhotos;
import org.weimin.demand.application.RecordNeeds;
import org.weimin.intake.application.ChannelForms;
import org.weimin.intake.application.IntakeChannels;
import org.weimin.tenancy.model.CommunityId;
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

    private final ChannelForms intake;
    private final NeedPhotos photos;
    private final String residentChannel;

    @Inject
    public RaiseNeedView(CommunityAdministration communities, ChannelForms intake, NeedPhotos photos, IntakeChannels channels) {
        super(communities);
        this.intake = intake;
        this.photos = photos;
        this.residentChannel = channels.residentChannel();
    }

    @Override
    protected String render(Community community, Caller caller) {
        String title = getTranslation("raise.title");
        H1 heading = new H1(title);
        add(heading);
        CommunityId id = community.id();
        java.util.List<ChannelForms.FormChannel> channels;
        try {
            channels = intake.formChannels(id, caller);
        } catch (ForbiddenActionException e) {
            channels = java.util.List.of();
        }
        if (channels.isEmpty()) {
            add(MainLayout.card(new Paragraph(getTranslation("raise.unavailable"))));
            return title;
        }
        Select<ChannelForms.FormChannel> channel = new Select<>();
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
        java.util.List<ChannelForms.FormChannel> offered = channels;
        java.util.Optional<ChannelForms.FormChannel> asked = queryParameter("channel")
                .flatMap(wanted -> offered.stream().filter(c -> c.channelId().equals(wanted)).findFirst());
        channel.setValue(asked.orElse(channels.stream().filter(c -> residentChannel.equals(c.channelId())).findFirst().orElse(channels.get(0))));
        if (asked.isPresent()) {
            // Reached from the staff home's link for this channel: its own form, no choice to make.
            channel.setVisible(false);
            title = asked.get().name().in(getLocale());
            heading.setText(title);
        }
        PhotosAndPlace extras = new PhotosAndPlace();
        extras.setVisible(residentChannel.equals(channel.getValue().channelId()));
        channel.addValueChangeListener(chosen -> extras.setVisible(residentChannel.equals(chosen.getValue().channelId())));
        Checkbox publicVisible = new Checkbox(getTranslation("raise.public"));
        publicVisible.setId("raise-public");
        Paragraph problem = new Paragraph();
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        Button send = new Button(getTranslation("raise.send"), click -> {
            problem.setText("");
            try {
                boolean portal = residentChannel.equals(channel.getValue().channelId());
                RecordNeeds.Outcome outcome = intake.submit(id, channel.getValue().channelId(), caller,
                        form[0].values(), publicVisible.getValue(), portal ? extras.point() : null);
                Notifications.success(getTranslation("raise.sent", String.join("、", outcome.created())));
                if (portal && !outcome.createdIds().isEmpty()) {
                    try {
                        for (byte[] photo : extras.photos()) {
                            photos.add(id, caller, outcome.createdIds().get(0), photo);
                        }
                    } catch (IllegalArgumentException | ConflictException e) {
                        Notifications.error(getTranslation("raise.photo-refused"));
                    }
                }
                String next = outcome.created().size() == 1 ? "t/" + id + "/demands/" + outcome.created().get(0) : "t/" + id + "/demands";
                getUI().ifPresent(ui -> ui.navigate(next));
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
