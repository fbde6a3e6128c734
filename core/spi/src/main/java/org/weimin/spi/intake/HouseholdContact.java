package org.weimin.spi.intake;

import java.time.LocalDate;

/**
 * Staff were in touch with a household (a door-to-door visit, a phone call), whether or not a need came of
 * it: the platform counts it towards the community's household coverage.
 *
 * @param household {@code building-unit-room}, e.g. {@code 3-2-501}
 */
public record HouseholdContact(String household, LocalDate date, String note) {

    public HouseholdContact {
        if (household == null || household.isBlank()) {
            throw new IllegalArgumentException("a contact names the household");
        }
        if (date == null) {
            throw new IllegalArgumentException("a contact has a date");
        }
    }
}
