package org.weimin.ui.demand;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.weimin.tenancy.model.CommunityId;
import org.weimin.demand.application.DemandViews;
import org.weimin.demand.model.DemandKind;
import org.weimin.demand.model.DemandStatus;
import org.weimin.demand.model.EventType;
import org.weimin.demand.model.IllegalTransitionException;
import org.weimin.demand.model.ServiceCategory;
import org.weimin.demand.model.Urgency;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Permission;
import org.weimin.meeting.application.JointMeetings;
import org.weimin.meeting.application.MeetingViews;
import org.weimin.meeting.model.JointMeetingStatus;
import org.weimin.meeting.model.MeetingRuleException;
import org.weimin.shared.ConflictException;
import org.weimin.shared.ForbiddenActionException;
import org.weimin.ui.shell.Notifications;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/** One need: what, where, its timeline, and what the person looking may do next. */
class DemandDialog extends Dialog {

    private final NeedUseCases needs;
    private final JointMeetings meetings;
    private final CommunityId community;
    private final java.time.ZoneId zone;
    private final Caller caller;
    private final UUID id;
    private final Runnable onChange;
    private final VerticalLayout body = new VerticalLayout();

    DemandDialog(NeedUseCases needs, JointMeetings meetings, CommunityId community, java.time.ZoneId zone, Caller caller, UUID id,
                 Runnable onChange) {
        this.needs = needs;
        this.meetings = meetings;
        this.community = community;
        this.zone = zone;
        this.caller = caller;
        this.id = id;
        this.onChange = onChange;
        setWidth("min(760px, 96vw)");
        body.setPadding(false);
        add(body);
        getFooter().add(new Button(getTranslation("demand.close-dialog"), click -> close()));
        show(needs.follow.detail(community, caller, id));
    }

    private void show(DemandViews.Detail detail) {
        body.removeAll();
        DemandViews.Summary s = detail.summary();
        setHeaderTitle(s.reference());
        body.add(DemandLabels.status(this, s.status()), new Paragraph(s.text()));
        body.add(DemandsView.line(getTranslation("demands.column.place"), s.place()));
        if (s.latitude() != null) {
            Anchor map = new Anchor("https://uri.amap.com/marker?position=" + s.longitude() + "," + s.latitude()
                    + "&coordinate=wgs84&callnative=0", getTranslation("demand.on-map", String.format("%.5f, %.5f", s.latitude(), s.longitude())));
            map.setTarget("_blank");
            map.addComponentAsFirst(VaadinIcon.MAP_MARKER.create());
            map.setId("demand-map");
            body.add(map);
        }
        if (!detail.photos().isEmpty()) {
            body.add(photos(detail));
        }
        if (detail.photoAddress() != null) {
            Anchor sendersPhoto = new Anchor(detail.photoAddress(), getTranslation("demand.senders-photo"));
            sendersPhoto.setTarget("_blank");
            sendersPhoto.getElement().setAttribute("rel", "noopener noreferrer");
            sendersPhoto.setId("demand-senders-photo");
            body.add(sendersPhoto);
        }
        if (s.kind() != null) {
            body.add(DemandsView.line(getTranslation("demands.column.kind"), getTranslation("kind." + s.kind().name()) + " · "
                    + getTranslation("category." + s.category().name())));
        }
        body.add(DemandsView.line(getTranslation("demand.residents"), getTranslation("demand.residents.count", s.residents())));
        if (detail.submitter() != null) {
            body.add(DemandsView.line(getTranslation("demand.submitter"), detail.submitter()));
        }
        if (detail.household() != null) {
            body.add(DemandsView.line(getTranslation("demand.household"), detail.household()));
        }
        if (detail.contact() != null) {
            body.add(DemandsView.line(getTranslation("demand.contact"), detail.contact()));
        }
        if (s.respondBy() != null) {
            body.add(DemandsView.line(getTranslation("demand.deadlines"), DemandLabels.time(s.respondBy(), zone) + " / " + DemandLabels.time(s.resolveBy(), zone)));
        }
        if (detail.resolution() != null) {
            body.add(DemandsView.line(getTranslation("demand.resolution"), detail.resolution()));
        }
        if (detail.rejectionReason() != null) {
            body.add(DemandsView.line(getTranslation("demand.rejection"), detail.rejectionReason()));
        }
        body.add(new H3(getTranslation("demand.timeline")));
        UnorderedList timeline = new UnorderedList();
        timeline.setId("timeline");
        for (DemandViews.Event event : detail.timeline()) {
            timeline.add(new ListItem(DemandLabels.time(event.at(), zone) + "  " + getTranslation("event." + event.type().name())
                    + "  · " + DemandLabels.actor(this, event) + (event.note() == null ? "" : "：" + noteText(event))
                    + (event.internal() ? "（" + getTranslation("demand.internal") + "）" : "")));
        }
        body.add(timeline);
        body.add(actions(detail));
    }

    /** The need's photos side by side; a tap shows one large. */
    private FlexLayout photos(DemandViews.Detail detail) {
        FlexLayout row = new FlexLayout();
        row.setId("demand-photos");
        row.getStyle().set("gap", "var(--lumo-space-s)");
        for (var info : detail.photos()) {
            DownloadHandler bytes = DownloadHandler.fromInputStream(event -> {
                var photo = needs.photos.photo(community, caller, id, info.id());
                return new DownloadResponse(new java.io.ByteArrayInputStream(photo.content()), "photo", photo.contentType(), photo.size());
            });
            Image thumbnail = new Image(bytes, getTranslation("demand.photo"));
            thumbnail.setWidth("120px");
            thumbnail.getStyle().set("border-radius", "var(--lumo-border-radius-m)").set("cursor", "pointer").set("object-fit", "cover")
                    .set("height", "120px");
            thumbnail.addClickListener(click -> {
                Dialog large = new Dialog(new Image(bytes, getTranslation("demand.photo")));
                large.setWidth("min(900px, 96vw)");
                large.getChildren().findFirst().ifPresent(image -> ((Image) image).setWidthFull());
                large.getFooter().add(new Button(getTranslation("demand.close-dialog"), c -> large.close()));
                large.open();
            });
            row.add(thumbnail);
        }
        return row;
    }

    /** A classification is recorded as codes; people read it in words. */
    private String noteText(DemandViews.Event event) {
        if (event.type() != EventType.CLASSIFIED) {
            return event.note();
        }
        String[] parts = event.note().split(" / ");
        return parts.length == 3 ? getTranslation("kind." + parts[0]) + " · " + getTranslation("category." + parts[1])
                + " · " + getTranslation("urgency." + parts[2]) : event.note();
    }

    private FlexLayout actions(DemandViews.Detail detail) {
        FlexLayout actions = new FlexLayout();
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.getStyle().set("gap", "var(--lumo-space-s)");
        DemandViews.Summary s = detail.summary();
        boolean staff = caller.community().isPresent() && caller.permissions().contains(Permission.TRIAGE_NEEDS);
        if (staff) {
            if (detail.nextStatuses().contains(DemandStatus.TRIAGED)) {
                Select<DemandKind> kind = new Select<>();
                kind.setId("classify-kind");
                kind.setItems(DemandKind.values());
                kind.setItemLabelGenerator(k -> getTranslation("kind." + k.name()));
                Select<ServiceCategory> category = new Select<>();
                category.setId("classify-category");
                category.setItems(ServiceCategory.values());
                category.setItemLabelGenerator(c -> getTranslation("category." + c.name()));
                Select<Urgency> urgency = new Select<>();
                urgency.setItems(Urgency.values());
                urgency.setItemLabelGenerator(u -> getTranslation("urgency." + u.name()));
                urgency.setValue(s.urgency());
                if (s.suggestion() != null) {
                    kind.setValue(s.kind() == null ? s.suggestion().kind() : s.kind());
                    category.setValue(s.category() == null ? s.suggestion().category() : s.category());
                }
                actions.add(kind, category, urgency, button("demand.classify", "classify",
                        () -> needs.triage.classify(community, caller, id, kind.getValue(), category.getValue(), urgency.getValue())));
            }
            if (detail.nextStatuses().contains(DemandStatus.ACCEPTED)) {
                actions.add(button("demand.accept", "accept", () -> needs.handle.accept(community, caller, id, null)));
            }
            if (detail.nextStatuses().contains(DemandStatus.IN_PROGRESS)) {
                actions.add(button("demand.start", "start", () -> needs.handle.start(community, caller, id)));
            }
            TextArea note = new TextArea(getTranslation("demand.note"));
            note.setId("demand-note");
            note.setWidthFull();
            actions.add(note);
            if (detail.nextStatuses().contains(DemandStatus.RESOLVED)) {
                actions.add(button("demand.resolve", "resolve", () -> needs.handle.resolve(community, caller, id, note.getValue())));
            }
            if (detail.nextStatuses().contains(DemandStatus.REJECTED)) {
                actions.add(button("demand.reject", "reject", () -> needs.handle.reject(community, caller, id, note.getValue())));
            }
            if (detail.nextStatuses().contains(DemandStatus.CLOSED)) {
                actions.add(button("demand.close", "close", () -> needs.handle.close(community, caller, id)));
            }
            actions.add(button("demand.add-note", "add-note", () -> needs.handle.note(community, caller, id, note.getValue(), true)));
            if (s.mergedInto() != null) {
                actions.add(button("demand.split", "split", () -> needs.merging.split(community, caller, id)));
            } else if (s.status().isOpen()) {
                similar(actions);
            }
            if (detail.nextStatuses().contains(DemandStatus.AT_JOINT_MEETING) && s.kind() == DemandKind.AFFAIR) {
                toMeeting(actions);
            }
            if (s.status() == DemandStatus.AT_JOINT_MEETING) {
                Paragraph waiting = new Paragraph(getTranslation("demand.at-meeting"));
                waiting.setId("demand-waits-for-meeting");
                actions.add(waiting, new Anchor("t/" + community + "/meetings", getTranslation("meetings.title")));
            }
            if (detail.nextStatuses().contains(DemandStatus.ESCALATED)) {
                actions.add(button("demand.escalate", "escalate", () -> {
                    List<UUID> together = new java.util.ArrayList<>(List.of(id));
                    needs.merging.similar(community, caller, id).forEach(c -> together.add(c.need().id()));
                    return needs.escalating.escalate(community, caller, together, s.text());
                }));
            }
        } else if (s.status() == DemandStatus.RESOLVED) {
            TextArea why = new TextArea(getTranslation("demand.why-reopen"));
            why.setWidthFull();
            actions.add(button("demand.confirm", "confirm", () -> needs.answers.confirm(community, caller, id)), why,
                    button("demand.reopen", "reopen", () -> needs.answers.reopen(community, caller, id, why.getValue())));
        } else if (s.publicVisible()) {
            actions.add(button("demand.support", "support", () -> needs.answers.support(community, caller, id)));
        }
        return actions;
    }

    /** A major affair goes on the agenda of a joint meeting that is still to be held. */
    private void toMeeting(FlexLayout actions) {
        List<MeetingViews.Summary> scheduled = meetings.list(community, caller).stream()
                .filter(m -> m.status() == JointMeetingStatus.SCHEDULED)
                .sorted(java.util.Comparator.comparing(MeetingViews.Summary::heldAt)).toList();
        if (scheduled.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("demand.no-meeting"));
            none.getStyle().set("color", "var(--lumo-secondary-text-color)");
            actions.add(none);
            return;
        }
        Select<MeetingViews.Summary> meeting = new Select<>();
        meeting.setId("refer-meeting");
        meeting.setLabel(getTranslation("demand.to-meeting.which"));
        meeting.setItems(scheduled);
        meeting.setItemLabelGenerator(m -> DemandLabels.time(m.heldAt(), zone) + " " + m.title());
        java.time.Instant now = java.time.Instant.now();
        meeting.setValue(scheduled.stream().filter(m -> !m.heldAt().isBefore(now)).findFirst().orElse(scheduled.get(scheduled.size() - 1)));
        actions.add(meeting, button("demand.to-meeting", "to-meeting", () -> {
            meetings.refer(community, caller, meeting.getValue().id(), id);
            return needs.follow.detail(community, caller, id);
        }));
    }

    /** Needs that probably ask for the same, each with a button to merge this one into it. */
    private void similar(FlexLayout actions) {
        var candidates = needs.merging.similar(community, caller, id);
        if (candidates.isEmpty()) {
            return;
        }
        VerticalLayout list = new VerticalLayout(new H3(getTranslation("demand.similar")));
        list.setPadding(false);
        list.setId("similar");
        for (DemandViews.Similar candidate : candidates) {
            DemandViews.Summary other = candidate.need();
            Button merge = button("demand.merge-into", "merge-" + other.reference(),
                    () -> needs.merging.merge(community, caller, id, other.id()));
            list.add(new Paragraph(other.reference() + "  " + other.text() + "（" + getTranslation("demand.residents.count",
                    other.residents()) + "，" + Math.round(candidate.similarity() * 100) + "%）"), merge);
        }
        actions.add(list);
    }

    private Button button(String key, String action, Supplier<DemandViews.Detail> work) {
        Button button = new Button(getTranslation(key), click -> {
            try {
                show(work.get());
                onChange.run();
            } catch (IllegalTransitionException e) {
                Notifications.error(getTranslation("demand.error.transition", getTranslation("demand-status." + e.from().name())));
            } catch (ConflictException | MeetingRuleException e) {
                Notifications.error(getTranslation("demand.error.conflict"));
            } catch (ForbiddenActionException e) {
                Notifications.error(getTranslation("page.not-allowed"));
            } catch (IllegalArgumentException | jakarta.validation.ConstraintViolationException e) {
                Notifications.error(getTranslation("demand.error.explain"));
            }
        });
        button.setId("demand-" + action);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }
}
