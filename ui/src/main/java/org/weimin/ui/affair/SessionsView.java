package org.weimin.ui.affair;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

import org.weimin.affair.application.HandlingSessions;
import org.weimin.affair.application.SessionViews;
import org.weimin.affair.model.SessionOutcome;
import org.weimin.demand.application.HandleNeed;
import org.weimin.identity.application.CommunityPeople;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Permission;
import org.weimin.meeting.application.JointMeetings;
import org.weimin.meeting.application.MeetingViews;
import org.weimin.meeting.model.JointMeetingStatus;
import org.weimin.shared.ConflictException;
import org.weimin.shared.ForbiddenActionException;
import org.weimin.shared.InvalidInputException;
import org.weimin.tenancy.application.CommunityAdministration;
import org.weimin.tenancy.model.Community;
import org.weimin.tenancy.model.CommunityId;
import org.weimin.ui.demand.DemandLabels;
import org.weimin.ui.shell.CommunityPage;
import org.weimin.ui.shell.MainLayout;
import org.weimin.ui.shell.Notifications;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.Route;

import jakarta.inject.Inject;

/**
 * The community's handling sessions (例会, 一般事项定期办) for staff ({@code /t/{community}/sessions}): when they are held
 * (set by the cadre), the coming sessions with the affairs on each agenda, and per affair the session's decision —
 * handled, given to a colleague, referred to a joint meeting, refused with a reason — or a move to a later session.
 */
@Route(value = "t/:community/sessions", layout = MainLayout.class)
public class SessionsView extends CommunityPage {

    private final HandlingSessions sessions;
    private final HandleNeed handle;
    private final JointMeetings meetings;
    private final Div content = new Div();
    private CommunityId community;
    private ZoneId zone;
    private Caller caller;

    @Inject
    public SessionsView(CommunityAdministration communities, HandlingSessions sessions, HandleNeed handle, JointMeetings meetings) {
        super(communities);
        this.sessions = sessions;
        this.handle = handle;
        this.meetings = meetings;
    }

    @Override
    protected String render(Community shown, Caller signedIn) {
        community = shown.id();
        zone = shown.timeZone();
        caller = signedIn;
        if (!caller.holds(Permission.TRIAGE_NEEDS)) {
            showNotAllowed();
            return getTranslation("sessions.title");
        }
        content.setWidthFull();
        add(content);
        show();
        return getTranslation("sessions.title");
    }

    private void show() {
        content.removeAll();
        content.add(new H1(getTranslation("sessions.title")), new Paragraph(getTranslation("sessions.intro")), cadence());
        List<SessionViews.Session> all = sessions.list(community, caller);
        if (all.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("sessions.none"));
            none.setId("sessions-none");
            content.add(MainLayout.card(none));
        }
        List<SessionViews.Session> coming = all.stream().filter(s -> !s.over()).toList();
        for (SessionViews.Session session : all) {
            content.add(session(session, coming));
        }
    }

    private Component cadence() {
        SessionViews.Cadence current = sessions.cadence(community, caller);
        Div card = MainLayout.card(new H2(getTranslation("sessions.cadence")));
        card.setId("session-cadence");
        Paragraph words = new Paragraph(current == null ? getTranslation("sessions.cadence.none")
                : getTranslation("sessions.cadence.words", current.everyWeeks(), getTranslation("weekday." + current.weekday()),
                current.startsAt(), current.place(), current.nextOn().toString()));
        words.setId("session-cadence-words");
        card.add(words);
        if (!caller.permissions().contains(Permission.MANAGE_COMMUNITY)) {
            return card;
        }
        DatePicker firstOn = new DatePicker(getTranslation("sessions.first-on"));
        firstOn.setId("cadence-first-on");
        firstOn.setValue(current == null ? LocalDate.now(zone) : current.firstOn());
        IntegerField everyWeeks = new IntegerField(getTranslation("sessions.every-weeks"));
        everyWeeks.setId("cadence-every-weeks");
        everyWeeks.setMin(1);
        everyWeeks.setMax(4);
        everyWeeks.setStepButtonsVisible(true);
        everyWeeks.setValue(current == null ? 2 : current.everyWeeks());
        TimePicker startsAt = new TimePicker(getTranslation("sessions.starts-at"));
        startsAt.setId("cadence-starts-at");
        startsAt.setValue(current == null ? LocalTime.of(14, 30) : LocalTime.parse(current.startsAt()));
        TextField place = new TextField(getTranslation("sessions.place"));
        place.setId("cadence-place");
        place.setMaxLength(200);
        place.setValue(current == null ? "" : current.place());
        Button save = new Button(getTranslation("sessions.cadence.save"), click -> run("sessions.done.cadence", () -> sessions.setCadence(
                community, caller, firstOn.getValue(), everyWeeks.getValue() == null ? 0 : everyWeeks.getValue(), startsAt.getValue(),
                place.getValue())));
        save.setId("cadence-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div fields = new Div(firstOn, everyWeeks, startsAt, place);
        fields.addClassName("wish-filters");
        card.add(new Details(getTranslation(current == null ? "sessions.cadence.set" : "sessions.cadence.change"), new Div(fields, save)));
        return card;
    }

    private Component session(SessionViews.Session session, List<SessionViews.Session> coming) {
        Div card = MainLayout.card(new H2(getTranslation("sessions.session", DemandLabels.time(session.startsAt(), zone), session.place())));
        card.addClassName("handling-session");
        card.getElement().setAttribute("data-day", session.heldOn().toString());
        if (session.over()) {
            Span held = new Span(getTranslation("sessions.held"));
            held.getElement().getThemeList().add("badge");
            card.add(held);
        }
        if (session.agenda().isEmpty()) {
            card.add(new Paragraph(getTranslation("sessions.agenda.empty")));
            return card;
        }
        UnorderedList agenda = new UnorderedList();
        agenda.addClassName("plain-list");
        for (SessionViews.Item item : session.agenda()) {
            ListItem line = new ListItem();
            line.addClassName("volunteer-card");
            line.getElement().setAttribute("data-reference", item.reference());
            Anchor need = new Anchor("t/" + community + "/demands/" + item.reference(), item.reference());
            line.add(new Div(need, new Span(" " + getTranslation("demand.residents.count", item.residents()))), new Paragraph(item.text()));
            if (item.outcome() != null) {
                Paragraph decided = new Paragraph(getTranslation("session-outcome." + item.outcome().name())
                        + (item.assignee() != null ? " · " + item.assignee() : "") + (item.note() != null ? "：" + item.note() : ""));
                decided.addClassName("session-decided");
                line.add(decided);
            } else {
                line.add(decision(item), move(item, session, coming));
            }
            agenda.add(line);
        }
        card.add(agenda);
        return card;
    }

    private Component decision(SessionViews.Item item) {
        Select<SessionOutcome> outcome = new Select<>();
        outcome.setLabel(getTranslation("sessions.outcome"));
        outcome.setItems(SessionOutcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation("session-outcome." + o.name()));
        outcome.setValue(SessionOutcome.HANDLED);
        outcome.setId("outcome-" + item.reference());
        TextArea note = new TextArea(getTranslation("sessions.note"));
        note.setMaxLength(2000);
        note.setWidthFull();
        note.setId("note-" + item.reference());
        Select<CommunityPeople.Person> assignee = new Select<>();
        assignee.setLabel(getTranslation("sessions.assignee"));
        assignee.setItems(handle.colleagues(community, caller));
        assignee.setItemLabelGenerator(p -> p.displayName() + " · " + getTranslation("role." + p.mainRole().name()));
        assignee.setId("assignee-" + item.reference());
        Select<MeetingViews.Summary> meeting = new Select<>();
        meeting.setLabel(getTranslation("sessions.meeting"));
        meeting.setItems(meetings.list(community, caller).stream().filter(m -> m.status() == JointMeetingStatus.SCHEDULED).toList());
        meeting.setItemLabelGenerator(m -> DemandLabels.time(m.heldAt(), zone) + " " + m.title());
        meeting.setId("meeting-" + item.reference());
        assignee.setVisible(false);
        meeting.setVisible(false);
        outcome.addValueChangeListener(change -> {
            assignee.setVisible(change.getValue() == SessionOutcome.ASSIGNED);
            meeting.setVisible(change.getValue() == SessionOutcome.REFERRED);
        });
        Button record = new Button(getTranslation("sessions.decide"), click -> run("sessions.done.decide", () -> sessions.decide(community,
                caller, item.id(), new HandlingSessions.Decision(outcome.getValue(), note.getValue(),
                        assignee.getValue() == null ? null : assignee.getValue().username(),
                        meeting.getValue() == null ? null : meeting.getValue().id()))));
        record.setId("decide-" + item.reference());
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Details box = new Details(getTranslation("sessions.decide.open"), new Div(outcome, assignee, meeting, note, record));
        box.setId("decision-" + item.reference());
        return box;
    }

    private Component move(SessionViews.Item item, SessionViews.Session current, List<SessionViews.Session> coming) {
        List<SessionViews.Session> others = coming.stream().filter(s -> !s.id().equals(current.id())).toList();
        if (others.isEmpty()) {
            return new Div();
        }
        Select<SessionViews.Session> to = new Select<>();
        to.setLabel(getTranslation("sessions.move.to"));
        to.setItems(others);
        to.setItemLabelGenerator(s -> DemandLabels.time(s.startsAt(), zone));
        to.setValue(others.get(0));
        Button move = new Button(getTranslation("sessions.move"), click -> run("sessions.done.move",
                () -> sessions.move(community, caller, item.id(), to.getValue().id())));
        move.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        return new Details(getTranslation("sessions.move.open"), new Div(to, move));
    }

    private void run(String doneKey, Supplier<?> step) {
        try {
            step.get();
            Notifications.success(getTranslation(doneKey));
            show();
        } catch (InvalidInputException e) {
            String words = getTranslation("sessions.invalid." + e.field());
            Notifications.error(words.startsWith("!") ? getTranslation("demand.error.explain") : words);
        } catch (ConflictException | org.weimin.demand.model.IllegalTransitionException e) {
            Notifications.error(getTranslation("demand.error.conflict"));
        } catch (ForbiddenActionException e) {
            Notifications.error(getTranslation("page.not-allowed"));
        } catch (IllegalArgumentException | jakarta.validation.ConstraintViolationException e) {
            Notifications.error(getTranslation("demand.error.explain"));
        }
    }
}
