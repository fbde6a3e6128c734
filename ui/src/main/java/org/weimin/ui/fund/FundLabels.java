package org.weimin.ui.fund;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;

import org.weimin.fund.application.FundViews;
import org.weimin.fund.model.Side;

import com.vaadin.flow.component.Component;

/** The fund in the reader's words: fen as yuan, accounts and entries by what they are. */
final class FundLabels {

    private FundLabels() {
    }

    /** Fen as people write money: "¥1,234.50". */
    static String yuan(long fen) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.CHINA);
        return format.format(BigDecimal.valueOf(fen, 2));
    }

    /** Yuan typed into a form as fen, or empty when it is not a whole number of fen. */
    static Optional<Long> fen(BigDecimal yuan) {
        if (yuan == null) {
            return Optional.empty();
        }
        BigDecimal fen = yuan.movePointRight(2).stripTrailingZeros();
        if (fen.scale() > 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(fen.longValueExact());
        } catch (ArithmeticException tooLarge) {
            return Optional.empty();
        }
    }

    static String account(Component context, FundViews.Line line) {
        return account(context, line.accountKind().name(), line.accountName());
    }

    static String account(Component context, FundViews.Account account) {
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
