package org.weimin.ui.shell;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;

/** Money as people read and type it: yuan with two decimals; the platform keeps whole fen. */
public final class Money {

    private Money() {
    }

    /** Fen as people write money: "¥1,234.50". */
    public static String yuan(long fen) {
        return NumberFormat.getCurrencyInstance(Locale.CHINA).format(BigDecimal.valueOf(fen, 2));
    }

    /** Yuan typed into a form as fen, or empty when it is not a whole number of fen. */
    public static Optional<Long> fen(BigDecimal yuan) {
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
}
