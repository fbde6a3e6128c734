package org.weimin.ui.demand;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.weimin.demand.application.DemandViews;
import org.weimin.demand.model.DemandStatus;
import org.weimin.demand.model.OverdueMark;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/** How needs' states and times look in every demand view. */
public final class DemandLabels {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    private static final DateTimeFormatter TIME_WITH_YEAR = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private DemandLabels() {
    }

    public static Span status(Component context, DemandStatus status) {
        return status(context, status, false);
    }

    /** @param forResident in the words a resident uses ("等待受理"), rather than the staff's ("待分类") */
    public static Span status(Component context, DemandStatus status, boolean forResident) {
        Span badge = new Span(context.getTranslation((forResident ? "resident-status." : "demand-status.") + status.name()));
        String theme = switch (status) {
            case RESOLVED, CONFIRMED, CLOSED -> "badge success";
            case REJECTED, REOPENED -> "badge error";
            case AT_JOINT_MEETING, AT_SESSION -> "badge";
            case SUBMITTED -> "badge contrast";
            default -> "badge";
        };
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    /** The mark on a resident's need that changed since they last looked. */
    static Span news(Component context) {
        Span news = new Span(context.getTranslation("demands.news"));
        news.getElement().getThemeList().add("badge success primary");
        return news;
    }

    static Span overdue(Component context, OverdueMark mark) {
        Span badge = new Span(context.getTranslation("overdue." + mark.name()));
        badge.getElement().getThemeList().add(mark == OverdueMark.RED ? "badge error primary"
                : mark == OverdueMark.YELLOW ? "badge" : "badge success");
        return badge;
    }

    /** Who did something on a timeline, as people say it: "网格员 周晓燕", "物业APP", "系统". */
    static String actor(Component context, DemandViews.Event event) {
        if (event.actorRole() != null) {
            String role = context.getTranslation("role." + event.actorRole().name());
            return event.actorName() == null ? role : role + " " + event.actorName();
        }
        String known = context.getTranslation("actor." + event.actor());
        return known.startsWith("!") ? event.actor() : known;
    }

    /** A moment as the community's clocks show it, with the year when it is not this year's. */
    public static String time(Instant at, ZoneId zone) {
        if (at == null) {
            return "";
        }
        boolean thisYear = at.atZone(zone).getYear() == java.time.ZonedDateTime.now(zone).getYear();
        return (thisYear ? TIME : TIME_WITH_YEAR).withZone(zone).format(at);
    }
}
