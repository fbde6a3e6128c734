package org.weimin.ui.demand;

import java.util.List;

import org.weimin.demand.model.DemandStatus;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;

/**
 * Where a need stands, step by step as government service apps show it: submitted, accepted, in progress,
 * resolved, confirmed. Steps done are ticked; the step it waits at is marked, for screen readers too.
 */
final class NeedProgress extends OrderedList {

    private static final List<String> STEPS = List.of("submitted", "accepted", "in-progress", "resolved", "confirmed");

    NeedProgress(DemandStatus status) {
        setId("need-progress");
        addClassName("need-progress");
        getElement().setAttribute("aria-label", getTranslation("progress.label"));
        int current = current(status);
        for (int step = 0; step < STEPS.size(); step++) {
            ListItem item = new ListItem(getTranslation("progress." + STEPS.get(step)));
            item.addClassName(step < current ? "done" : step == current ? "current" : "ahead");
            if (step == current) {
                item.getElement().setAttribute("aria-current", "step");
            }
            add(item);
        }
    }

    /** Whether the need goes through these steps at all: refused, merged and escalated needs leave them. */
    static boolean shows(DemandStatus status) {
        return current(status) >= 0;
    }

    /** The step the need is at, waiting for it to be done; every step is done once the resident confirmed. */
    private static int current(DemandStatus status) {
        return switch (status) {
            case SUBMITTED, TRIAGED -> 1;
            case ACCEPTED, IN_PROGRESS, REOPENED, AT_JOINT_MEETING, AT_SESSION -> 2;
            case RESOLVED -> 4;
            case CONFIRMED, CLOSED -> STEPS.size();
            case REJECTED, MERGED, ESCALATED -> -1;
        };
    }
}
