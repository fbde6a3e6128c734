package org.weimin.platform.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.weimin.shared.InvalidInputException;

/** A day sent in an address or a body, like 2026-12-01; a wrong one is bad input naming its field. */
public final class Days {

    private Days() {
    }

    /** @return the day, or null when none was sent */
    public static LocalDate parse(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "is " + value + ": a day like 2026-12-01");
        }
    }
}
