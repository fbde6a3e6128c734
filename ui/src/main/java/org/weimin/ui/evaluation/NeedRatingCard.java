package org.weimin.ui.evaluation;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;

import org.weimin.evaluation.application.RateNeeds;
import org.weimin.evaluation.application.RatingViews;
import org.weimin.evaluation.model.EvaluationRuleException;
import org.weimin.evaluation.model.Satisfaction;
import org.weimin.identity.model.Caller;
import org.weimin.shared.InvalidInputException;
import org.weimin.tenancy.model.CommunityId;
import org.weimin.ui.shell.Notifications;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * "How satisfied are you?" on a done need, for its resident (and those who have it too): three big answers and an optional
 * word; once rated, what they said, changeable for seven days.
 */
public class NeedRatingCard extends Div {

    private final RateNeeds rating;
    private final CommunityId community;
    private final Caller caller;
    private final UUID needId;
    private final ZoneId zone;

    public NeedRatingCard(RateNeeds rating, CommunityId community, Caller caller, UUID needId, ZoneId zone) {
        this.rating = rating;
        this.community = community;
        this.caller = caller;
        this.needId = needId;
        this.zone = zone;
        setId("need-rating");
        show(rating.mine(community, caller, needId));
    }

    private void show(Optional<RatingViews.Rating> given) {
        removeAll();
        add(new H3(getTranslation("rating.title")));
        given.ifPresent(r -> {
            Paragraph said = new Paragraph(getTranslation("rating.given", getTranslation("satisfaction." + r.satisfaction().name()),
                    DateTimeFormatter.ofPattern("yyyy-MM-dd").format(r.changeableUntil().atZone(zone))));
            said.setId("need-rating-given");
            add(said);
        });
        if (given.isPresent() && (given.get().visited() || given.get().changeableUntil().isBefore(java.time.Instant.now()))) {
            return;
        }
        TextArea comment = new TextArea(getTranslation("rating.comment"));
        comment.setId("need-rating-comment");
        comment.setMaxLength(500);
        comment.setWidthFull();
        given.map(RatingViews.Rating::comment).ifPresent(comment::setValue);
        Div answers = new Div();
        answers.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        for (Satisfaction satisfaction : Satisfaction.values()) {
            Button answer = new Button(getTranslation("satisfaction." + satisfaction.name()), click -> rate(satisfaction, comment.getValue()));
            answer.setId("need-rating-" + satisfaction.name().toLowerCase(java.util.Locale.ROOT));
            answer.addClassName("big-action");
            answer.addThemeVariants(satisfaction == Satisfaction.DISSATISFIED ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
            answers.add(answer);
        }
        add(new Paragraph(getTranslation(given.isPresent() ? "rating.change" : "rating.ask")), answers, comment);
    }

    private void rate(Satisfaction satisfaction, String comment) {
        try {
            RatingViews.Rating given = rating.rate(community, caller, needId, satisfaction, comment);
            Notifications.success(getTranslation(satisfaction == Satisfaction.DISSATISFIED ? "rating.done.dissatisfied" : "rating.done"));
            show(Optional.of(given));
        } catch (InvalidInputException e) {
            Notifications.error(getTranslation("rating.invalid"));
        } catch (EvaluationRuleException e) {
            Notifications.error(getTranslation("rating.refused." + e.reason().name()));
        }
    }
}
