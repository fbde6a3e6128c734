package org.weimin.ui.meeting;

import java.util.UUID;

import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Permission;
import org.weimin.meeting.application.JointMeetings;
import org.weimin.meeting.application.MeetingViews;
import org.weimin.meeting.model.DecisionOutcome;
import org.weimin.meeting.model.MeetingRuleException;
import org.weimin.shared.ConflictException;
import org.weimin.ui.demand.DemandLabels;
import org.weimin.ui.demand.DemandsView;
import org.weimin.ui.shell.Notifications;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** One joint meeting: who meets when and where, its agenda of affairs, and the decision on each. */
class MeetingDialog extends Dialog {

    private final JointMeetings meetings;
    private final org.weimin.tenancy.model.CommunityId community;
    private final java.time.ZoneId zone;
    private final Caller caller;
    private final Runnable onChange;
    private final VerticalLayout body = new VerticalLayout();

    MeetingDialog(JointMeetings meetings, org.weimin.tenancy.model.CommunityId community, java.time.ZoneId zone, Caller caller, UUID meetingId, Runnable onChange) {
        this.meetings = meetings;
        this.community = community;
        this.zone = zone;
        this.caller = caller;
        this.onChange = onChange;
        setWidth("min(820px, 96vw)");
        body.setPadding(false);
        add(body);
        getFooter().add(new Button(getTranslation("demand.close-dialog"), click -> close()));
        show(meetings.detail(community, caller, meetingId));
    }

    private void show(MeetingViews.Detail detail) {
        body.removeAll();
        MeetingViews.Summary m = detail.meeting();
        setHeaderTitle(m.title());
        body.add(line("meetings.column.held-at", DemandLabels.time(m.heldAt(), zone)), line("meetings.column.place", m.place()),
                line("meetings.participants", String.join("、", m.participants())),
                line("meetings.column.status", getTranslation("meeting-status." + m.status().name())));
        body.add(new H3(getTranslation("meetings.agenda")));
        if (detail.agenda().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("meetings.agenda.empty"));
            empty.setId("agenda-empty");
            body.add(empty);
        }
        boolean decides = caller.holds(Permission.HOLD_MEETINGS);
        int number = 1;
        for (MeetingViews.Item item : detail.agenda()) {
            Div entry = new Div();
            entry.setId("agenda-" + item.reference());
            entry.getStyle().set("border-top", "1px solid var(--lumo-contrast-10pct)").set("padding", "var(--lumo-space-s) 0")
                    .set("width", "100%");
            entry.add(new Paragraph(number++ + ". " + item.reference() + "  " + item.text()));
            entry.add(DemandLabels.status(this, item.needStatus()),
                    new Span("  " + getTranslation("demand.residents.count", item.residents())));
            if (item.outcome() != null) {
                entry.add(line("meetings.decision", getTranslation("outcome." + item.outcome().name()) + "：" + item.decision()));
                if (item.outcome() == DecisionOutcome.PROCEED) {
                    entry.add(line("meetings.assignee", item.assignee() + "，" + getTranslation("meetings.due", item.dueDate().toString())));
                }
            } else if (decides) {
                entry.add(decisionForm(m.id(), item));
            } else {
                entry.add(new Paragraph(getTranslation("meetings.awaiting")));
            }
            body.add(entry);
        }
    }

    private VerticalLayout decisionForm(UUID meetingId, MeetingViews.Item item) {
        RadioButtonGroup<DecisionOutcome> outcome = new RadioButtonGroup<>(getTranslation("meetings.outcome"));
        outcome.setItems(DecisionOutcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation("outcome." + o.name()));
        outcome.setValue(DecisionOutcome.PROCEED);
        outcome.setId("outcome-" + item.reference());
        TextArea decision = new TextArea(getTranslation("meetings.decision"));
        decision.setId("decision-" + item.reference());
        decision.setWidthFull();
        TextField assignee = new TextField(getTranslation("meetings.assignee"));
        assignee.setId("assignee-" + item.reference());
        assignee.setPlaceholder(getTranslation("meetings.assignee.placeholder"));
        DatePicker due = new DatePicker(getTranslation("meetings.due-date"));
        due.setId("due-" + item.reference());
        outcome.addValueChangeListener(e -> {
            boolean proceed = e.getValue() == DecisionOutcome.PROCEED;
            assignee.setVisible(proceed);
            due.setVisible(proceed);
        });
        java.util.Map<String, HasValidation> fields = java.util.Map.of("outcome", outcome, "decision", decision,
                "assignee", assignee, "dueDate", due);
        Button record = new Button(getTranslation("meetings.record"), click -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                show(meetings.decide(community, caller, meetingId, item.demandId(), new JointMeetings.Decision(outcome.getValue(),
                        decision.getValue(), assignee.getValue(), due.getValue())));
                onChange.run();
                Notifications.success(getTranslation("meetings.recorded"));
            } catch (MeetingRuleException e) {
                if (e.isConflict()) {
                    Notifications.error(getTranslation("meetings.error.already-decided"));
                } else {
                    HasValidation field = fields.getOrDefault(e.field(), decision);
                    field.setErrorMessage(getTranslation("meetings.error." + e.field()));
                    field.setInvalid(true);
                }
            } catch (ConflictException e) {
                Notifications.error(getTranslation("meetings.error.already-decided"));
            }
        });
        record.setId("record-" + item.reference());
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout form = new VerticalLayout(outcome, decision, assignee, due, record);
        form.setPadding(false);
        form.setSpacing(false);
        return form;
    }

    private Div line(String key, String value) {
        return org.weimin.ui.shell.Lines.labelled(this, getTranslation(key), value);
    }
}
