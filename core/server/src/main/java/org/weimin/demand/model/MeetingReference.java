package org.weimin.demand.model;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The joint meeting a step on a need's timeline came from, as the timeline names it: title, time, place. */
public record MeetingReference(String title, Instant heldAt, String place) {

    public static final String TITLE = "meeting.title";
    public static final String HELD_AT = "meeting.heldAt";
    public static final String PLACE = "meeting.place";

    Map<String, String> details() {
        Map<String, String> details = new LinkedHashMap<>();
        details.put(TITLE, title);
        details.put(HELD_AT, heldAt.toString());
        details.put(PLACE, place);
        return details;
    }
}
