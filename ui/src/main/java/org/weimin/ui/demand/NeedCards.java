package org.weimin.ui.demand;

import java.time.ZoneId;
import java.util.function.BiFunction;

import org.weimin.demand.application.DemandViews;
import org.weimin.tenancy.model.CommunityId;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * Needs as cards a phone reads: where it stands in plain words, the whole text, when, and whether there is news;
 * each card is a link to the need's page. A page at a time, with a button for more.
 */
public final class NeedCards extends Div {

    static final int PAGE = 20;

    /** The fields a card shows besides status, text and date. */
    public enum Show { FOR_RESIDENT, FOR_STAFF, FOR_BOARD }

    private final UnorderedList list = new UnorderedList();
    private final Button more = new Button();
    private final CommunityId community;
    private final ZoneId zone;
    private final Show show;
    private final BiFunction<Integer, Integer, DemandViews.Page> pages;
    private final String emptyText;
    private final int pageSize;
    private int loaded;

    /** @param pages the page of needs from an offset, at most a limit */
    public NeedCards(CommunityId community, ZoneId zone, Show show, String emptyText,
                     BiFunction<Integer, Integer, DemandViews.Page> pages) {
        this(community, zone, show, emptyText, pages, PAGE, true);
    }

    /** The first few needs only, for a home page that links to the whole list. */
    public static NeedCards firstFew(CommunityId community, ZoneId zone, Show show, String emptyText,
                                     BiFunction<Integer, Integer, DemandViews.Page> pages, int few) {
        return new NeedCards(community, zone, show, emptyText, pages, few, false);
    }

    private NeedCards(CommunityId community, ZoneId zone, Show show, String emptyText,
                      BiFunction<Integer, Integer, DemandViews.Page> pages, int pageSize, boolean offerMore) {
        this.pageSize = pageSize;
        this.community = community;
        this.zone = zone;
        this.show = show;
        this.pages = pages;
        this.emptyText = emptyText;
        list.addClassName("card-list");
        list.setId("need-cards");
        more.setText(getTranslation("need.cards.more"));
        more.setId("need-cards-more");
        more.addClickListener(click -> load());
        add(list);
        if (offerMore) {
            add(more);
        }
        reload();
    }

    /** Names the list (and its button for more) when a page shows several lists of needs. */
    public NeedCards named(String id) {
        list.setId(id);
        more.setId(id + "-more");
        return this;
    }

    public void reload() {
        list.removeAll();
        loaded = 0;
        load();
    }

    private void load() {
        DemandViews.Page page = pages.apply(loaded, pageSize);
        page.items().forEach(need -> list.add(new ListItem(card(need))));
        loaded += page.items().size();
        if (loaded == 0) {
            Paragraph empty = new Paragraph(emptyText);
            empty.setId("need-cards-empty");
            list.add(new ListItem(empty));
        }
        more.setVisible(loaded < page.total());
    }

    private Anchor card(DemandViews.Summary need) {
        Div top = new Div(DemandLabels.status(this, need.status(), show != Show.FOR_STAFF));
        top.addClassName("need-card-meta");
        if (need.news()) {
            top.add(DemandLabels.news(this));
        }
        if (show == Show.FOR_STAFF) {
            top.add(DemandLabels.overdue(this, need.overdue()), new Span(need.reference()));
        }
        Paragraph text = new Paragraph(need.text());
        text.addClassName("need-card-text");
        Div bottom = new Div();
        bottom.addClassName("need-card-meta");
        if (need.place() != null) {
            bottom.add(new Span(getTranslation("need.card.place", need.place())));
        }
        bottom.add(new Span(DemandLabels.time(need.submittedAt(), zone)));
        if (show == Show.FOR_STAFF && need.dueBy() != null && need.status().isOpen()) {
            bottom.add(new Span(getTranslation("need.card.due", DemandLabels.time(need.dueBy(), zone))));
        }
        if (show != Show.FOR_RESIDENT || need.residents() > 1) {
            bottom.add(new Span(getTranslation("demand.residents.count", need.residents())));
        }
        Anchor card = new Anchor("t/" + community + "/demands/" + need.reference(), top, text, bottom);
        card.addClassName("need-card");
        card.getElement().setAttribute("data-reference", need.reference());
        return card;
    }
}
