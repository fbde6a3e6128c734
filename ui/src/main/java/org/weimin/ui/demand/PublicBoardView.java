package org.weimin.ui.demand;

import org.weimin.demand.application.PublicNeeds;
import org.weimin.tenancy.application.CommunityAdministration;
import org.weimin.tenancy.model.Community;
import org.weimin.ui.shell.MainLayout;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.inject.Inject;

/**
 * A community's public board ({@code /t/{community}/board}), readable without signing in: the needs residents
 * made public, the place at building level and no names, with how many residents have each. Neighbours open a
 * need to say they have it too (signing in first brings them back to it).
 */
@Route(value = "t/:community/board", layout = MainLayout.class)
public class PublicBoardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CommunityAdministration communities;
    private final PublicNeeds board;
    private String title = "";

    @Inject
    public PublicBoardView(CommunityAdministration communities, PublicNeeds board) {
        this.communities = communities;
        this.board = board;
        setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Community community = communities.find(event.getRouteParameters().get("community").orElse(""))
                .filter(Community::isActive).orElse(null);
        if (community == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        title = getTranslation("board.title", community.name(getLocale()));
        Anchor back = new Anchor("t/" + community.id().value(), "← " + community.name(getLocale()));
        back.setId("back-to-community");
        NeedCards cards = new NeedCards(community.id(), community.timeZone(), NeedCards.Show.FOR_BOARD, getTranslation("board.empty"),
                (offset, limit) -> board.board(community.id(), offset, limit));
        cards.setWidthFull();
        add(back, new H1(title), new Paragraph(getTranslation("board.intro")), cards);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
