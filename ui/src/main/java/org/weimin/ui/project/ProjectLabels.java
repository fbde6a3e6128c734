package org.weimin.ui.project;

import org.weimin.project.model.ProjectStatus;
import org.weimin.project.model.VentureStatus;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/** Projects in the reader's words. */
final class ProjectLabels {

    private ProjectLabels() {
    }

    static Span status(Component context, ProjectStatus status) {
        Span badge = new Span(context.getTranslation("project-status." + status.name()));
        badge.getElement().getThemeList().add(switch (status) {
            case COMPLETED -> "badge success";
            case REJECTED, CLOSED_UNFINISHED -> "badge contrast";
            case UNDER_WAY -> "badge";
            case PROPOSED -> "badge contrast";
        });
        return badge;
    }

    static Span status(Component context, VentureStatus status) {
        Span badge = new Span(context.getTranslation("venture-status." + status.name()));
        badge.getElement().getThemeList().add(status == VentureStatus.DECIDED ? "badge success" : "badge");
        return badge;
    }

    /** What to put right, in the reader's words: a venture call's or a project's field, or a donation's to its campaign. */
    static String invalid(Component context, String field) {
        String words = context.getTranslation("venture.invalid." + field);
        if (words.startsWith("!")) {
            words = context.getTranslation("project.invalid." + field);
        }
        if (words.startsWith("!")) {
            words = context.getTranslation("fund.invalid." + field);
        }
        return words.startsWith("!") ? context.getTranslation("demand.error.explain") : words;
    }
}
