package org.weimin.ui.affair;

import java.util.List;

import org.weimin.affair.application.RoutineAssignments;
import org.weimin.demand.application.DemandViews;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Permission;
import org.weimin.tenancy.application.CommunityAdministration;
import org.weimin.tenancy.model.Community;
import org.weimin.ui.demand.NeedCards;
import org.weimin.ui.shell.CommunityPage;
import org.weimin.ui.shell.MainLayout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;

import jakarta.inject.Inject;

/**
 * 常规事项常规办 for staff ({@code /t/{community}/routine}): every affair in someone's hands, grouped by who has it —
 * one's own first, then whoever has the most late ones — each with its deadline, so a cadre sees where work piles up.
 */
@Route(value = "t/:community/routine", layout = MainLayout.class)
public class RoutineBoardView extends CommunityPage {

    private final RoutineAssignments assignments;

    @Inject
    public RoutineBoardView(CommunityAdministration communities, RoutineAssignments assignments) {
        super(communities);
        this.assignments = assignments;
    }

    @Override
    protected String render(Community community, Caller caller) {
        String title = getTranslation("routine.title");
        if (!caller.holds(Permission.TRIAGE_NEEDS)) {
            showNotAllowed();
            return title;
        }
        add(new H1(title), new Paragraph(getTranslation("routine.intro")));
        RoutineAssignments.Board board = assignments.board(community.id(), caller);
        if (board.holders().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("routine.none"));
            none.setId("routine-none");
            add(MainLayout.card(none, new Anchor("t/" + community.id() + "/demands", getTranslation("routine.to-inbox"))));
            return title;
        }
        Paragraph total = new Paragraph(getTranslation(board.cutShort() ? "routine.total.cut" : "routine.total", board.inHand()));
        total.setId("routine-total");
        add(total);
        int index = 0;
        for (RoutineAssignments.Holder holder : board.holders()) {
            add(holder(community, holder, index++));
        }
        return title;
    }

    private Component holder(Community community, RoutineAssignments.Holder holder, int index) {
        String who = holder.mine() ? getTranslation("routine.mine") : holder.name();
        Div facts = new Div();
        facts.addClassName("facts-line");
        if (!holder.mine()) {
            facts.add(new Span(getTranslation(holder.username() == null ? "routine.organization" : "routine.colleague")));
        }
        facts.add(new Span(getTranslation("routine.count", holder.affairs().size())));
        if (holder.late() > 0) {
            Span late = new Span(getTranslation("routine.late", holder.late()));
            late.getElement().getThemeList().add("badge error");
            facts.add(late);
        }
        List<DemandViews.Summary> affairs = holder.affairs();
        NeedCards cards = new NeedCards(community.id(), community.timeZone(), NeedCards.Show.FOR_STAFF, "",
                (offset, limit) -> new DemandViews.Page(affairs.subList(Math.min(offset, affairs.size()),
                        Math.min(offset + limit, affairs.size())), affairs.size(), offset, limit)).named("routine-" + index);
        Div card = MainLayout.card(new H2(who), facts, cards);
        card.getElement().setAttribute("data-holder", holder.name());
        return card;
    }
}
