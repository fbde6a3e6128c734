package org.weimin.ui.demand;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import org.weimin.affair.application.HandlingSessions;
import org.weimin.demand.application.DemandViews;
import org.weimin.demand.model.DemandKind;
import org.weimin.demand.model.DemandStatus;
import org.weimin.demand.model.ServiceCategory;
import org.weimin.demand.model.Urgency;
import org.weimin.identity.application.CommunityPeople;
import org.weimin.identity.model.Caller;
import org.weimin.meeting.application.JointMeetings;
import org.weimin.organization.application.OrganizationsTakingOn;
import org.weimin.meeting.application.MeetingViews;
import org.weimin.meeting.model.JointMeetingStatus;
import org.weimin.tenancy.model.CommunityId;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * What staff may do with a need now, the usual next step first and weighted as the main button; refusing
 * and escalating are there but not in the way. The resolution, the refusal reason and an internal note each
 * have their own box: the first two are what the resident reads, the note only colleagues.
 */
final class StaffActions extends Div {

    private final NeedUseCases needs;
    private final CommunityId community;
    private final Caller caller;
    private final UUID id;
    private final BiConsumer<String, Supplier<DemandViews.Detail>> run;
    private boolean mainStepShown;

    StaffActions(NeedUseCases needs, JointMeetings meetings, HandlingSessions sessions, CommunityId community, ZoneId zone, Caller caller,
                 DemandViews.Detail detail, BiConsumer<String, Supplier<DemandViews.Detail>> run) {
        this.needs = needs;
        this.community = community;
        this.caller = caller;
        this.id = detail.summary().id();
        this.run = run;
        DemandViews.Summary s = detail.summary();
        List<DemandStatus> next = detail.nextStatuses();
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        if (next.contains(DemandStatus.TRIAGED)) {
            add(classification(s));
        }
        if (next.contains(DemandStatus.ACCEPTED)) {
            Select<CommunityPeople.Person> who = colleagues("accept-assignee", s.assignee() == null ? caller.username() : s.assignee());
            add(who, step("demand.accept", "accept", () -> needs.handle.accept(community, caller, id, usernameOf(who))));
            if (s.kind() == DemandKind.AFFAIR) {
                toOrganization();
            }
        } else if (s.status() == DemandStatus.ACCEPTED || s.status() == DemandStatus.IN_PROGRESS || s.status() == DemandStatus.REOPENED) {
            Select<CommunityPeople.Person> to = colleagues("transfer-assignee", s.assignee());
            TextArea why = box("transfer-reason", "need.transfer.reason");
            Details transfer = new Details(getTranslation("need.transfer.open"), new Div(to, why,
                    other("need.transfer", "transfer", ButtonVariant.LUMO_CONTRAST,
                            () -> needs.handle.transfer(community, caller, id, usernameOf(to), why.getValue()))));
            transfer.setId("need-transfer");
            add(transfer);
        }
        if (next.contains(DemandStatus.IN_PROGRESS) && !next.contains(DemandStatus.ACCEPTED)) {
            add(step("demand.start", "start", () -> needs.handle.start(community, caller, id)));
        }
        if (next.contains(DemandStatus.RESOLVED)) {
            TextArea how = box("resolve-text", "demand.resolution.input");
            add(how, step("demand.resolve", "resolve", () -> needs.handle.resolve(community, caller, id, how.getValue())));
        }
        if (next.contains(DemandStatus.CLOSED)) {
            add(step("demand.close", "close", () -> needs.handle.close(community, caller, id)));
        } else if (s.status() == DemandStatus.RESOLVED) {
            add(new Paragraph(getTranslation("need.waits-for-resident")));
        }
        if (s.status() == DemandStatus.AT_JOINT_MEETING) {
            Paragraph waiting = new Paragraph(getTranslation("demand.at-meeting"));
            waiting.setId("demand-waits-for-meeting");
            add(waiting, new Anchor("t/" + community + "/meetings", getTranslation("meetings.title")));
        }
        if (s.status() == DemandStatus.AT_SESSION) {
            Paragraph waiting = new Paragraph(getTranslation("need.what-next.at-session", NeedView.sessionDay(detail, zone)));
            waiting.setId("demand-waits-for-session");
            add(waiting, new Anchor("t/" + community + "/sessions", getTranslation("sessions.title")));
        } else if (next.contains(DemandStatus.AT_SESSION) && s.kind() == DemandKind.AFFAIR) {
            add(toSession(sessions));
        }
        if (next.contains(DemandStatus.AT_JOINT_MEETING) && s.kind() == DemandKind.AFFAIR) {
            add(toMeeting(meetings, zone));
        }
        if (s.mergedInto() != null) {
            add(other("demand.split", "split", ButtonVariant.LUMO_CONTRAST, () -> needs.merging.split(community, caller, id)));
        } else if (s.status().isOpen()) {
            similar();
        }
        if (next.contains(DemandStatus.REJECTED)) {
            TextArea reason = box("reject-text", "demand.rejection.input");
            Details refuse = new Details(getTranslation("need.refuse.open"), new Div(reason,
                    other("demand.reject", "reject", ButtonVariant.LUMO_ERROR, () -> needs.handle.reject(community, caller, id, reason.getValue()))));
            refuse.setId("need-refuse");
            add(refuse);
        }
        if (next.contains(DemandStatus.ESCALATED)) {
            add(other("demand.escalate", "escalate", ButtonVariant.LUMO_CONTRAST, () -> {
                List<UUID> together = new ArrayList<>(List.of(id));
                needs.merging.similar(community, caller, id).forEach(c -> together.add(c.need().id()));
                return needs.escalating.escalate(community, caller, together, s.text());
            }));
        }
        TextArea note = box("note-text", "demand.note.input");
        add(note, other("demand.add-note", "add-note", ButtonVariant.LUMO_TERTIARY,
                () -> needs.handle.note(community, caller, id, note.getValue(), true)));
    }

    /** A routine affair can go at once to an organisation whose type takes routine affairs on (常规事项常规办). */
    private void toOrganization() {
        List<OrganizationsTakingOn.Taker> organizations = needs.handle.organizationsForRoutineAffairs(community, caller);
        if (organizations.isEmpty()) {
            return;
        }
        Select<OrganizationsTakingOn.Taker> which = select("accept-organization", "need.organization",
                organizations.toArray(OrganizationsTakingOn.Taker[]::new), OrganizationsTakingOn.Taker::name);
        which.setValue(organizations.get(0));
        Details toOrganization = new Details(getTranslation("need.organization.open"), new Div(which,
                other("need.organization.accept", "accept-organization", ButtonVariant.LUMO_CONTRAST,
                        () -> needs.handle.acceptForOrganization(community, caller, id, which.getValue().id()))));
        toOrganization.setId("need-to-organization");
        add(toOrganization);
    }

    /** The colleagues a need can be with, by name, the current one chosen. */
    private Select<CommunityPeople.Person> colleagues(String id, String current) {
        List<CommunityPeople.Person> staff = needs.handle.colleagues(community, caller);
        Select<CommunityPeople.Person> select = select(id, "need.assignee", staff.toArray(CommunityPeople.Person[]::new),
                p -> p.displayName() + " · " + getTranslation("role." + p.mainRole().name()));
        staff.stream().filter(p -> p.username().equals(current)).findFirst().ifPresent(select::setValue);
        return select;
    }

    private static String usernameOf(Select<CommunityPeople.Person> who) {
        return who.getValue() == null ? null : who.getValue().username();
    }

    /** The kind, category and urgency to confirm, preset to the classifier's suggestion and saying how sure it is. */
    private Component classification(DemandViews.Summary s) {
        Select<DemandKind> kind = select("classify-kind", "demands.column.kind", DemandKind.values(), k -> getTranslation("kind." + k.name()));
        Select<ServiceCategory> category = select("classify-category", "demands.column.category", ServiceCategory.values(),
                c -> getTranslation("category." + c.name()));
        Select<Urgency> urgency = select("classify-urgency", "need.urgency", Urgency.values(), u -> getTranslation("urgency." + u.name()));
        urgency.setValue(s.urgency());
        kind.setValue(s.kind() != null ? s.kind() : s.suggestion() == null ? null : s.suggestion().kind());
        category.setValue(s.category() != null ? s.category() : s.suggestion() == null ? null : s.suggestion().category());
        Div block = new Div(new H3(getTranslation("need.classify.title")));
        if (s.suggestion() != null) {
            Paragraph suggested = new Paragraph(getTranslation("need.suggestion", getTranslation("kind." + s.suggestion().kind().name()),
                    getTranslation("category." + s.suggestion().category().name()), Math.round(s.suggestion().confidence() * 100),
                    s.suggestion().reason() == null ? "" : s.suggestion().reason()));
            suggested.setId("need-suggestion");
            suggested.getStyle().set("color", "var(--lumo-secondary-text-color)");
            block.add(suggested);
        }
        Div fields = new Div(kind, category, urgency);
        fields.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
        block.add(fields, step("demand.classify", "classify",
                () -> needs.triage.classify(community, caller, id, kind.getValue(), category.getValue(), urgency.getValue())));
        return block;
    }

    /** A general affair goes on the next handling session's agenda (定期办), once the community set when they are held. */
    private Component toSession(HandlingSessions sessions) {
        if (sessions.cadence(community, caller) == null) {
            Paragraph none = new Paragraph(getTranslation("demand.no-session"));
            none.getStyle().set("color", "var(--lumo-secondary-text-color)");
            return new Div(none, new Anchor("t/" + community + "/sessions", getTranslation("sessions.title")));
        }
        return other("demand.to-session", "to-session", ButtonVariant.LUMO_CONTRAST, () -> {
            sessions.schedule(community, caller, id);
            return needs.follow.detail(community, caller, id);
        });
    }

    /** A major affair goes on the agenda of a joint meeting that is still to be held. */
    private Component toMeeting(JointMeetings meetings, ZoneId zone) {
        List<MeetingViews.Summary> scheduled = meetings.list(community, caller).stream()
                .filter(m -> m.status() == JointMeetingStatus.SCHEDULED)
                .sorted(Comparator.comparing(MeetingViews.Summary::heldAt)).toList();
        if (scheduled.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("demand.no-meeting"));
            none.getStyle().set("color", "var(--lumo-secondary-text-color)");
            return none;
        }
        Select<MeetingViews.Summary> meeting = new Select<>();
        meeting.setId("refer-meeting");
        meeting.setLabel(getTranslation("demand.to-meeting.which"));
        meeting.setItems(scheduled);
        meeting.setItemLabelGenerator(m -> DemandLabels.time(m.heldAt(), zone) + " " + m.title());
        Instant now = Instant.now();
        meeting.setValue(scheduled.stream().filter(m -> !m.heldAt().isBefore(now)).findFirst().orElse(scheduled.get(scheduled.size() - 1)));
        return new Div(meeting, other("demand.to-meeting", "to-meeting", ButtonVariant.LUMO_CONTRAST, () -> {
            meetings.refer(community, caller, meeting.getValue().id(), id);
            return needs.follow.detail(community, caller, id);
        }));
    }

    /** Needs that probably ask for the same, each with a button to merge this one into it. */
    private void similar() {
        var candidates = needs.merging.similar(community, caller, id);
        if (candidates.isEmpty()) {
            return;
        }
        Div list = new Div(new H3(getTranslation("demand.similar")));
        list.setId("similar");
        for (DemandViews.Similar candidate : candidates) {
            DemandViews.Summary other = candidate.need();
            list.add(new Paragraph(getTranslation("need.similar.line", other.reference(), other.text(),
                    getTranslation("demand.residents.count", other.residents()), Math.round(candidate.similarity() * 100))),
                    other("demand.merge-into", "merge-" + other.reference(), ButtonVariant.LUMO_CONTRAST,
                            () -> needs.merging.merge(community, caller, id, other.id())));
        }
        add(list);
    }

    /** A step forward: the first one offered is the main button. */
    private Button step(String key, String action, Supplier<DemandViews.Detail> work) {
        Button button = button(key, action, work);
        if (!mainStepShown) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            mainStepShown = true;
        }
        return button;
    }

    private Button other(String key, String action, ButtonVariant weight, Supplier<DemandViews.Detail> work) {
        Button button = button(key, action, work);
        button.addThemeVariants(weight);
        return button;
    }

    private Button button(String key, String action, Supplier<DemandViews.Detail> work) {
        Button button = new Button(getTranslation(key), click -> run.accept("need.done." + action.replaceFirst("^merge-.*", "merge"), work));
        button.setId("demand-" + action);
        return button;
    }

    private TextArea box(String id, String labelKey) {
        TextArea box = new TextArea(getTranslation(labelKey));
        box.setId(id);
        box.setWidthFull();
        box.setMaxLength(1000);
        return box;
    }

    private <T> Select<T> select(String id, String labelKey, T[] values, com.vaadin.flow.component.ItemLabelGenerator<T> labels) {
        Select<T> select = new Select<>();
        select.setId(id);
        select.setLabel(getTranslation(labelKey));
        select.setItems(values);
        select.setItemLabelGenerator(labels);
        return select;
    }
}
