package org.weimin.demand.model;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The handling session (例会) a step on a need's timeline came from, as the timeline names it: when and where. */
public record SessionReference(Instant startsAt, String place) {

    public static final String STARTS_AT = "session.startsAt";
    public static final String PLACE = "session.place";

    Map<String, String> details() {
        Map<String, String> details = new LinkedHashMap<>();
        details.put(STARTS_AT, startsAt.toString());
        details.put(PLACE, place);
        return details;
    }
}
