package org.weimin.ui.wish;

import java.time.ZoneId;
import java.util.List;

import org.weimin.identity.model.Caller;
import org.weimin.tenancy.application.CommunityAdministration;
import org.weimin.tenancy.model.Community;
import org.weimin.ui.demand.DemandLabels;
import org.weimin.ui.shell.CommunityPage;
import org.weimin.ui.shell.MainLayout;
import org.weimin.wish.application.WishViews;
import org.weimin.wish.model.ClaimStatus;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;

import jakarta.inject.Inject;

/** 我认领的 ({@code /t/{community}/claims}): the wishes a volunteer, cadre or staff member took on, with their next deadline. */
@Route(value = "t/:community/claims", layout = MainLayout.class)
public class MyClaimsView extends CommunityPage {

    private final WishUseCases wishes;

    @Inject
    public MyClaimsView(CommunityAdministration communities, WishUseCases wishes) {
        super(communities);
        this.wishes = wishes;
    }

    @Override
    protected String render(Community community, Caller caller) {
        String title = getTranslation("claims.title");
        add(new H1(title));
        List<WishViews.ClaimView> claims = wishes.claims.mine(community.id(), caller);
        UnorderedList list = new UnorderedList();
        list.addClassName("card-list");
        list.setId("claim-cards");
        if (claims.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("claims.empty"));
            empty.setId("claim-cards-empty");
            list.add(new ListItem(empty, new Anchor("t/" + community.id() + "/wishes", getTranslation("claims.to-wall"))));
        }
        for (WishViews.ClaimView claim : claims) {
            list.add(new ListItem(card(community, claim, community.timeZone())));
        }
        add(list);
        return title;
    }

    private Anchor card(Community community, WishViews.ClaimView claim, ZoneId zone) {
        Div top = new Div(WishLabels.claimStatus(this, claim.status()), new Span(getTranslation("claim-mode." + claim.mode().name())));
        top.addClassName("need-card-meta");
        Paragraph text = new Paragraph(claim.wishText());
        text.addClassName("need-card-text");
        Div bottom = new Div();
        bottom.addClassName("need-card-meta");
        if (claim.status() == ClaimStatus.ACTIVE) {
            bottom.add(new Span(getTranslation(claim.contactedAt() == null ? "wish.mine.contact-by" : "wish.mine.fulfil-by",
                    DemandLabels.time(claim.contactedAt() == null ? claim.contactBy() : claim.fulfilBy(), zone))));
        } else if (claim.status() == ClaimStatus.LAPSED) {
            bottom.add(new Span(getTranslation("wish.claim.lapsed." + claim.endReason())));
        } else {
            bottom.add(new Span(getTranslation("claims.claimed-at", DemandLabels.time(claim.claimedAt(), zone))));
        }
        Anchor card = new Anchor("t/" + community.id() + "/wishes/" + claim.wishId(), top, text, bottom);
        card.addClassName("need-card");
        return card;
    }
}
