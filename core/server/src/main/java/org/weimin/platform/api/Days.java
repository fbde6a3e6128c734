package org.weimin.platform.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.weimin.shared.InvalidInputException;

/** A day sent in an address or a body, like 2026-12-01; a wrong one is bad input naming its field. */
public final class Days {

    /** Beyond these a period's end in a time zone no longer fits an instant's arithmetic; no record is older or later. */
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 9999;

    private Days() {
    }

    /** @return the day, or null when none was sent */
    public static LocalDate parse(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "is " + value + ": a day like 2026-12-01");
        }
        if (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) {
            throw new InvalidInputException(field, "is " + value + ": a day between the years " + FIRST_YEAR + " and " + LAST_YEAR);
        }
        return day;
    }
}
