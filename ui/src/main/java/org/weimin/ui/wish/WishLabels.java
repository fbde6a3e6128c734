package org.weimin.ui.wish;

import org.weimin.wish.application.WishViews;
import org.weimin.wish.model.ClaimStatus;
import org.weimin.wish.model.WishRuleException;
import org.weimin.wish.model.WishStatus;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/** The words and badges wishes and claims are shown with. */
final class WishLabels {

    private WishLabels() {
    }

    /** Where a wish stands, with the places a group wish still has. */
    static Span status(Component context, WishViews.WallItem wish) {
        boolean waiting = wish.status() == WishStatus.OPEN;
        String words = waiting && wish.claimersWanted() > 1
                ? context.getTranslation("wish-status.places", wish.claimersWanted() - wish.placesTaken(), wish.claimersWanted())
                : context.getTranslation("wish-status." + wish.status().name());
        Span badge = new Span(words);
        badge.getElement().getThemeList().add(switch (wish.status()) {
            case OPEN -> "badge contrast";
            case CONFIRMED, FULFILLED -> "badge success";
            default -> "badge";
        });
        return badge;
    }

    static Span claimStatus(Component context, ClaimStatus status) {
        Span badge = new Span(context.getTranslation("claim-status." + status.name()));
        badge.getElement().getThemeList().add(switch (status) {
            case FULFILLED, CONFIRMED -> "badge success";
            case LAPSED, WITHDRAWN, RELEASED, NOT_FULFILLED -> "badge error";
            default -> "badge";
        });
        return badge;
    }

    /** A wish rule broken, in the reader's words (已被认领, 请先报名...). */
    static String refusal(Component context, WishRuleException e) {
        return context.getTranslation("wish.refused." + e.reason().name());
    }

    /** What was wrong with a field, in the reader's words; the general advice for a field without words of its own. */
    static String invalid(Component context, String field) {
        String words = context.getTranslation("wish.invalid." + field);
        return words.startsWith("!") ? context.getTranslation("demand.error.explain") : words;
    }

    /** The field a refused use-case input names: the last named node of the violation's path ("fulfil.note"). */
    static String invalid(Component context, jakarta.validation.ConstraintViolationException e) {
        return invalid(context, org.weimin.ui.shell.InputErrors.field(e));
    }

    /** Minutes as people say a length of time: "1小时30分钟". */
    static String duration(Component context, long minutes) {
        long hours = minutes / 60;
        long rest = Math.abs(minutes % 60);
        if (hours == 0) {
            return context.getTranslation("wish.minutes", minutes);
        }
        return rest == 0 ? context.getTranslation("wish.hours", hours) : context.getTranslation("wish.hours-minutes", hours, rest);
    }
}
