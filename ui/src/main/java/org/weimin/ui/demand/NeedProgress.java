package org.weimin.ui.demand;

import java.util.List;

import org.weimin.demand.model.DemandStatus;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;

/**
 * Where a need stands, step by step as government service apps show it: submitted, accepted, in progress,
 * resolved, confirmed. Steps reached are ticked; the step the need is at is marked for screen readers too.
 */
final class NeedProgress extends OrderedList {

    private static final List<String> STEPS = List.of("submitted", "accepted", "in-progress", "resolved", "confirmed");

    NeedProgress(DemandStatus status) {
        setId("need-progress");
        addClassName("need-progress");
        getElement().setAttribute("aria-label", getTranslation("progress.label"));
        int reached = reached(status);
        for (int step = 0; step < STEPS.size(); step++) {
            ListItem item = new ListItem(getTranslation("progress." + STEPS.get(step)));
            item.addClassName(step <= reached ? "done" : step == reached + 1 ? "current" : "todo");
            if (step == reached) {
                item.getElement().setAttribute("aria-current", "step");
            }
            add(item);
        }
    }

    /** Whether the need goes through these steps at all: refused, merged and escalated needs leave them. */
    static boolean shows(DemandStatus status) {
        return reached(status) >= 0;
    }

    /** The last step the need has reached. */
    private static int reached(DemandStatus status) {
        return switch (status) {
            case SUBMITTED, TRIAGED -> 0;
            case ACCEPTED -> 1;
            case IN_PROGRESS, REOPENED, AT_JOINT_MEETING -> 2;
            case RESOLVED -> 3;
            case CONFIRMED, CLOSED -> 4;
            case REJECTED, MERGED, ESCALATED -> -1;
        };
    }
}
