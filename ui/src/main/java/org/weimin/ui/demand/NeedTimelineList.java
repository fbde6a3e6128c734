package org.weimin.ui.demand;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.weimin.demand.application.DemandViews;
import org.weimin.demand.model.Demand;
import org.weimin.demand.model.EventType;
import org.weimin.demand.model.MeetingReference;
import org.weimin.demand.model.SessionReference;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * A need's timeline, oldest first, in the reader's language: the system's part of each step is rendered from
 * its details; people's own words are shown as they wrote them.
 */
final class NeedTimelineList extends UnorderedList {

    NeedTimelineList(List<DemandViews.Event> events, ZoneId zone) {
        setId("timeline");
        addClassName("timeline");
        for (DemandViews.Event event : events) {
            Span when = new Span(DemandLabels.time(event.at(), zone) + " · " + DemandLabels.actor(this, event));
            when.addClassName("when");
            Span what = new Span(getTranslation("event." + event.type().name()));
            what.getStyle().set("font-weight", "600");
            ListItem line = new ListItem(when, what);
            String words = words(event, zone);
            if (words != null && !words.isBlank()) {
                Span said = new Span(words);
                said.addClassName("words");
                line.add(said);
            }
            if (event.internal()) {
                Span internal = new Span(getTranslation("demand.internal"));
                internal.getElement().getThemeList().add("badge contrast small");
                line.add(internal);
            }
            add(line);
        }
    }

    private String words(DemandViews.Event event, ZoneId zone) {
        Map<String, String> details = event.details();
        String meeting = details.containsKey(MeetingReference.TITLE) ? getTranslation("event.meeting",
                details.get(MeetingReference.TITLE), DemandLabels.time(Instant.parse(details.get(MeetingReference.HELD_AT)), zone),
                details.get(MeetingReference.PLACE)) : null;
        if (event.type() == EventType.CLASSIFIED) {
            return classification(event.note());
        }
        if (event.type() == EventType.REFERRED_TO_MEETING && meeting != null) {
            return meeting;
        }
        if (event.type() == EventType.MEETING_DECIDED && meeting != null) {
            return getTranslation("event.meeting-decided", meeting, event.note(), details.get(Demand.RESPONSIBLE),
                    details.get(Demand.DUE_DATE));
        }
        if (event.type() == EventType.REJECTED && meeting != null) {
            return getTranslation("event.meeting-declined", meeting, event.note());
        }
        if (details.containsKey(SessionReference.STARTS_AT)) {
            String session = getTranslation("event.session", DemandLabels.time(Instant.parse(details.get(SessionReference.STARTS_AT)), zone),
                    details.get(SessionReference.PLACE));
            if (event.type() == EventType.PUT_ON_SESSION) {
                return session;
            }
            if (event.type() == EventType.SESSION_DECIDED) {
                return getTranslation("event.session-assigned", session, details.get(Demand.RESPONSIBLE),
                        event.note() == null ? "" : event.note());
            }
            return getTranslation("event.session-decided", session, event.note());
        }
        if (event.type() == EventType.PUBLISHED_AS_WISH) {
            boolean onWall = Boolean.parseBoolean(details.get(Demand.ON_WALL));
            return getTranslation(onWall ? "event.wish-on-wall" : "event.wish-private");
        }
        if (event.type() == EventType.CLAIMED && details.containsKey(Demand.CLAIMER)) {
            return getTranslation("event.claimed", details.get(Demand.CLAIMER), getTranslation("claim-mode." + details.get(Demand.CLAIM_MODE)));
        }
        if (event.type() == EventType.CLAIM_ENDED && details.containsKey(Demand.CLAIMER)) {
            String ended = getTranslation("event.claim-ended." + details.get(Demand.CLAIM_ENDING), details.get(Demand.CLAIMER));
            return event.note() == null ? ended : ended + getTranslation("event.claim-ended.reason", event.note());
        }
        if (event.type() == EventType.ASSIGNED && details.containsKey(Demand.TRANSFER_REASON)) {
            return getTranslation("event.transferred", event.note(), details.get(Demand.TRANSFER_REASON));
        }
        if (event.type() == EventType.CONFIRMED && "true".equals(details.get(Demand.ON_BEHALF))) {
            return getTranslation("event.confirmed-on-behalf");
        }
        if (event.type() == EventType.CLOSED && details.containsKey(Demand.UNCONFIRMED_DAYS)) {
            return getTranslation("event.closed-unconfirmed", Integer.parseInt(details.get(Demand.UNCONFIRMED_DAYS)));
        }
        return event.note();
    }

    /** A classification is recorded as codes; people read it in words. */
    private String classification(String note) {
        String[] parts = note == null ? new String[0] : note.split(" / ");
        return parts.length == 3 ? getTranslation("kind." + parts[0]) + " · " + getTranslation("category." + parts[1])
                + " · " + getTranslation("urgency." + parts[2]) : note;
    }
}
