package org.weimin.ui.demand;

import org.weimin.demand.application.PublicNeeds;
import org.weimin.tenancy.application.CommunityAdministration;
import org.weimin.tenancy.model.Community;
import org.weimin.ui.shell.MainLayout;
import org.weimin.ui.shell.PublicCommunityPage;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;

import jakarta.inject.Inject;

/**
 * A community's public board ({@code /t/{community}/board}), readable without signing in: the needs residents
 * made public, the place at building level and no names, with how many residents have each. Neighbours open a
 * need to say they have it too (signing in first brings them back to it).
 */
@Route(value = "t/:community/board", layout = MainLayout.class)
public class PublicBoardView extends PublicCommunityPage {

    private final PublicNeeds board;

    @Inject
    public PublicBoardView(CommunityAdministration communities, PublicNeeds board) {
        super(communities, "board.title", "board.intro");
        this.board = board;
    }

    @Override
    protected void show(Community community, BeforeEnterEvent event) {
        NeedCards cards = new NeedCards(community.id(), community.timeZone(), NeedCards.Show.FOR_BOARD, getTranslation("board.empty"),
                (offset, limit) -> board.board(community.id(), offset, limit));
        cards.setWidthFull();
        add(cards);
    }
}
