package org.weimin.demand.model;

import java.time.Duration;
import java.time.Instant;

/** Green while in good time, yellow once three quarters of the time are used, red when late. */
public enum OverdueMark {
    GREEN, YELLOW, RED;

    public static OverdueMark of(Instant start, Instant deadline, Instant now) {
        if (deadline == null) {
            return GREEN;
        }
        if (now.isAfter(deadline)) {
            return RED;
        }
        Duration total = Duration.between(start, deadline);
        Duration used = Duration.between(start, now);
        return used.multipliedBy(4).compareTo(total.multipliedBy(3)) >= 0 ? YELLOW : GREEN;
    }
}
