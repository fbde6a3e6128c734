package org.weimin.ui.fund;

import org.weimin.fund.application.FundViews;
import org.weimin.fund.model.Side;

import com.vaadin.flow.component.Component;

/** The fund in the reader's words: fen as yuan, accounts and entries by what they are. */
public final class FundLabels {

    private FundLabels() {
    }

    static String account(Component context, FundViews.Line line) {
        return account(context, line.accountKind().name(), line.accountName());
    }

    public static String account(Component context, FundViews.Account account) {
        return account(context, account.kind().name(), account.name());
    }

    private static String account(Component context, String kind, String name) {
        String words = context.getTranslation("fund-account." + kind);
        return name == null ? words : words + "：" + name;
    }

    /** Where an entry's money went: the account its first credit reached. */
    static String destination(Component context, FundViews.Entry entry) {
        return entry.lines().stream().filter(l -> l.side() == Side.CREDIT).findFirst().map(l -> account(context, l)).orElse("");
    }

    /** Where it came from: the account its first debit left. */
    static String origin(Component context, FundViews.Entry entry) {
        return entry.lines().stream().filter(l -> l.side() == Side.DEBIT).findFirst().map(l -> account(context, l)).orElse("");
    }
}
