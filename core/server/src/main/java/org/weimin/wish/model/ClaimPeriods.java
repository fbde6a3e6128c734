package org.weimin.wish.model;

import java.time.Duration;

import org.weimin.shared.InvalidInputException;

/**
 * How long a claimer has, set by each community: to first contact the resident, and to fulfil the wish.
 * A claim not acted on in time lapses back to the wall.
 */
public record ClaimPeriods(int contactWithinDays, int fulfilWithinDays) {

    public static final ClaimPeriods DEFAULT = new ClaimPeriods(3, 14);

    public ClaimPeriods {
        if (contactWithinDays < 1 || contactWithinDays > 30) {
            throw new InvalidInputException("contactWithinDays", "the days to first contact are 1 to 30");
        }
        if (fulfilWithinDays < contactWithinDays || fulfilWithinDays > 180) {
            throw new InvalidInputException("fulfilWithinDays", "the days to fulfil are at least the days to first contact and at most 180");
        }
    }

    public Duration contactWithin() {
        return Duration.ofDays(contactWithinDays);
    }

    public Duration fulfilWithin() {
        return Duration.ofDays(fulfilWithinDays);
    }
}
