package org.weimin.platform.api;

import java.math.BigDecimal;

import org.weimin.shared.InvalidInputException;

/** An amount of money as a client sends it: a whole number of fen (1 yuan = 100 fen), or bad input naming its field. */
public final class Fen {

    private Fen() {
    }

    public static long parse(BigDecimal amount, String field) {
        if (amount == null) {
            throw new InvalidInputException(field, "is missing: the amount in fen (1 yuan = 100 fen)");
        }
        try {
            return amount.longValueExact();
        } catch (ArithmeticException notWhole) {
            throw new InvalidInputException(field, "is " + amount.toPlainString() + ": amounts are whole numbers of fen");
        }
    }
}
