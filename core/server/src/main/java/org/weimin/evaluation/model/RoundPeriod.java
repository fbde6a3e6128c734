package org.weimin.evaluation.model;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

import org.weimin.shared.InvalidInputException;

/** How long a round's period is: a month, a quarter or a year, starting on its first day. */
public enum RoundPeriod {
    MONTH, QUARTER, YEAR;

    /** The period's last day; refuses a start that is not the first day of such a period. */
    public LocalDate lastDay(LocalDate first) {
        if (first == null) {
            throw new InvalidInputException("periodStart", "is missing: the first day of the period, e.g. 2026-10-01");
        }
        LocalDate start = switch (this) {
            case MONTH -> first.withDayOfMonth(1);
            case QUARTER -> first.with(IsoFields.DAY_OF_QUARTER, 1);
            case YEAR -> first.withDayOfYear(1);
        };
        if (!start.equals(first)) {
            throw new InvalidInputException("periodStart", "a " + name().toLowerCase() + " starts on " + start + ", not " + first);
        }
        return switch (this) {
            case MONTH -> first.with(TemporalAdjusters.lastDayOfMonth());
            case QUARTER -> first.plusMonths(3).minusDays(1);
            case YEAR -> first.with(TemporalAdjusters.lastDayOfYear());
        };
    }
}
