package org.weimin.ui.evaluation;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.weimin.evaluation.application.RatingViews;
import org.weimin.evaluation.application.ReturnVisits;
import org.weimin.evaluation.model.EvaluationRuleException;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Permission;
import org.weimin.shared.InvalidInputException;
import org.weimin.tenancy.application.CommunityAdministration;
import org.weimin.tenancy.model.Community;
import org.weimin.tenancy.model.CommunityId;
import org.weimin.ui.shell.CommunityPage;
import org.weimin.ui.shell.MainLayout;
import org.weimin.ui.shell.Notifications;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;

import jakarta.inject.Inject;

/**
 * The residents who rated a need 不满意, for staff to visit back (回访, {@code /t/{community}/return-visits}): oldest first,
 * the needs rated 不满意 twice in a row marked red; each visit recorded with what it found and whether it is put right.
 */
@Route(value = "t/:community/return-visits", layout = MainLayout.class)
public class ReturnVisitsView extends CommunityPage {

    private final ReturnVisits visits;
    private final Div list = new Div();
    private CommunityId community;
    private Caller caller;
    private ZoneId zone;

    @Inject
    public ReturnVisitsView(CommunityAdministration communities, ReturnVisits visits) {
        super(communities);
        this.visits = visits;
    }

    @Override
    protected String render(Community shown, Caller signedIn) {
        community = shown.id();
        caller = signedIn;
        zone = shown.timeZone();
        String title = getTranslation("visits.title");
        if (!caller.holds(Permission.TRIAGE_NEEDS)) {
            showNotAllowed();
            return title;
        }
        add(new H1(title), new Paragraph(getTranslation("visits.intro")), list);
        show();
        return title;
    }

    private void show() {
        list.removeAll();
        List<RatingViews.Visit> due = visits.due(community, caller);
        if (due.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("visits.none"));
            none.setId("visits-none");
            list.add(MainLayout.card(none));
            return;
        }
        UnorderedList cards = new UnorderedList();
        cards.addClassName("card-list");
        cards.setId("visit-cards");
        for (RatingViews.Visit visit : due) {
            cards.add(new ListItem(card(visit)));
        }
        list.add(cards);
    }

    private Div card(RatingViews.Visit visit) {
        Div top = new Div(new Span(DateTimeFormatter.ofPattern("yyyy-MM-dd").format(visit.ratedAt().atZone(zone))), new Span(visit.rater()));
        if (visit.red()) {
            Span red = new Span(getTranslation("visits.red"));
            red.getElement().getThemeList().add("badge error");
            top.add(red);
        }
        top.addClassName("need-card-meta");
        Anchor need = new Anchor("t/" + community + "/demands/" + visit.reference(), visit.needText());
        need.addClassName("need-card-text");
        Div card = new Div(top, need);
        if (visit.comment() != null) {
            card.add(new Paragraph(getTranslation("visits.said", visit.comment())));
        }
        TextArea outcome = new TextArea(getTranslation("visits.outcome"));
        outcome.setMaxLength(1000);
        outcome.setWidthFull();
        Checkbox putRight = new Checkbox(getTranslation("visits.put-right"));
        Button record = new Button(getTranslation("visits.record"), click -> {
            try {
                visits.record(community, caller, visit.ratingId(), outcome.getValue(), putRight.getValue());
                Notifications.success(getTranslation("visits.done"));
                show();
            } catch (InvalidInputException | jakarta.validation.ConstraintViolationException e) {
                Notifications.error(getTranslation("visits.invalid"));
            } catch (EvaluationRuleException e) {
                Notifications.error(getTranslation("rating.refused." + e.reason().name()));
                show();
            }
        });
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        card.add(outcome, putRight, new Div(record));
        card.addClassName("need-card");
        card.getElement().setAttribute("data-visit", visit.reference());
        return card;
    }
}
