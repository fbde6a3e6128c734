package org.weimin.ui.wish;

import java.time.ZoneId;
import java.util.List;

import org.weimin.tenancy.model.CommunityId;
import org.weimin.ui.demand.DemandLabels;
import org.weimin.wish.application.WishViews;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/** Wishes as cards a phone reads: where the wish stands, what is wished for, where (the grid) and for whom. */
final class WishCards extends UnorderedList {

    WishCards(CommunityId community, ZoneId zone, List<WishViews.WallItem> wishes, String emptyText) {
        addClassName("card-list");
        setId("wish-cards");
        if (wishes.isEmpty()) {
            Paragraph empty = new Paragraph(emptyText);
            empty.setId("wish-cards-empty");
            add(new ListItem(empty));
        }
        for (WishViews.WallItem wish : wishes) {
            Div top = new Div(WishLabels.status(this, wish));
            top.addClassName("need-card-meta");
            if (wish.category() != null) {
                top.add(new Span(getTranslation("category." + wish.category())));
            }
            if (!wish.onWall()) {
                top.add(new Span(getTranslation("wish.private")));
            }
            Paragraph text = new Paragraph(wish.text());
            text.addClassName("need-card-text");
            Div bottom = new Div(new Span(wish.shownAs() == null ? getTranslation("wish.resident") : wish.shownAs()));
            bottom.addClassName("need-card-meta");
            bottom.add(new Span(wish.gridName() == null ? getTranslation("wish.whole-community") : wish.gridName()),
                    new Span(DemandLabels.time(wish.publishedAt(), zone)));
            Anchor card = new Anchor("t/" + community + "/wishes/" + wish.id(), top, text, bottom);
            card.addClassName("need-card");
            card.getElement().setAttribute("data-wish", wish.id().toString());
            add(new ListItem(card));
        }
    }
}
