package org.weimin.ui.meeting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Consumer;

import org.weimin.identity.model.Caller;
import org.weimin.meeting.application.JointMeetings;
import org.weimin.meeting.application.MeetingViews;
import org.weimin.meeting.model.MeetingRuleException;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** A cadre schedules a joint meeting: what it is about, when, where, and who sits at the table. */
class ScheduleMeetingDialog extends Dialog {

    ScheduleMeetingDialog(JointMeetings meetings, org.weimin.tenancy.model.CommunityId community, ZoneId zone, Caller caller, Consumer<MeetingViews.Detail> scheduled) {
        setHeaderTitle(getTranslation("meetings.schedule"));
        setWidth("min(640px, 96vw)");
        TextField title = new TextField(getTranslation("meetings.column.title"));
        title.setId("meeting-title");
        title.setPlaceholder(getTranslation("meetings.title.placeholder"));
        DateTimePicker heldAt = new DateTimePicker(getTranslation("meetings.column.held-at"));
        heldAt.setId("meeting-held-at");
        heldAt.setStep(java.time.Duration.ofMinutes(30));
        heldAt.setValue(LocalDate.now(zone).plusDays(1).atTime(14, 30));
        TextField place = new TextField(getTranslation("meetings.column.place"));
        place.setId("meeting-place");
        TextArea participants = new TextArea(getTranslation("meetings.participants"));
        participants.setId("meeting-participants");
        participants.setHelperText(getTranslation("meetings.participants.help"));
        FormLayout form = new FormLayout(title, heldAt, place, participants);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Map<String, HasValidation> fields = Map.of("title", title, "heldAt", heldAt, "place", place, "participants", participants);
        Button save = new Button(getTranslation("meetings.schedule.save"), click -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                MeetingViews.Detail created = meetings.schedule(community, caller, new JointMeetings.Schedule(title.getValue(),
                        heldAt.getValue(), place.getValue(), Arrays.asList(participants.getValue().split("\\R"))));
                close();
                scheduled.accept(created);
            } catch (MeetingRuleException e) {
                HasValidation field = fields.getOrDefault(e.field(), title);
                field.setErrorMessage(getTranslation("meetings.error." + e.field()));
                field.setInvalid(true);
            }
        });
        save.setId("save-meeting");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("demand.close-dialog"), click -> close()), save);
    }
}
