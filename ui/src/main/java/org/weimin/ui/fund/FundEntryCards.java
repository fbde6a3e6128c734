package org.weimin.ui.fund;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

import org.weimin.fund.application.FundViews;
import org.weimin.ui.demand.DemandLabels;
import org.weimin.ui.shell.Money;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/** Journal entries as cards: number, day, what it was, how much, from and to, the donor as the reader may see them. */
final class FundEntryCards extends UnorderedList {

    /** @param more what a card shows beyond the entry itself (a staff member's reversal form), or null */
    FundEntryCards(List<FundViews.Entry> entries, ZoneId zone, String emptyText, Function<FundViews.Entry, Component> more) {
        addClassName("card-list");
        setId("fund-entries");
        if (entries.isEmpty()) {
            Paragraph empty = new Paragraph(emptyText);
            empty.setId("fund-entries-empty");
            add(new ListItem(empty));
        }
        for (FundViews.Entry entry : entries) {
            Span kind = new Span(getTranslation("fund-entry." + entry.kind().name()));
            kind.getElement().getThemeList().add(entry.reversed() ? "badge contrast" : "badge");
            Div top = new Div(kind, new Span(getTranslation("fund.entry.seq", entry.seq())), new Span(DemandLabels.time(entry.recordedAt(), zone)));
            top.addClassName("need-card-meta");
            Paragraph amount = new Paragraph(Money.yuan(entry.amountFen()));
            amount.addClassName("fund-amount");
            Div card = new Div(top, amount, new Paragraph(getTranslation("fund.entry.path", FundLabels.origin(this, entry),
                    FundLabels.destination(this, entry))));
            card.addClassName("need-card");
            card.getElement().setAttribute("data-seq", Long.toString(entry.seq()));
            if (entry.donor() != null) {
                card.add(new Paragraph(getTranslation("fund.entry.donor", entry.donor().name() == null ? getTranslation("fund.anonymous")
                        : entry.donor().name(), getTranslation("donation-method." + entry.donor().method().name()))));
                if (entry.donor().goods() != null) {
                    card.add(new Paragraph(getTranslation("fund.entry.goods", entry.donor().goods())));
                }
            }
            Div bottom = new Div(new Span(entry.reason()));
            bottom.addClassName("need-card-meta");
            if (entry.document() != null) {
                bottom.add(new Span(getTranslation("fund.entry.document", entry.document())));
            }
            if (entry.reversed()) {
                bottom.add(new Span(getTranslation("fund.entry.reversed")));
            }
            card.add(bottom);
            if (more != null) {
                Component extra = more.apply(entry);
                if (extra != null) {
                    card.add(extra);
                }
            }
            add(new ListItem(card));
        }
    }
}
