package org.weimin.demand.model;

import java.time.Duration;
import java.time.Instant;

/**
 * How soon a community answers and resolves needs, by kind and urgency. An urgent need gets a quarter
 * of the normal time.
 */
public record DeadlinePolicy(Duration respondWish, Duration resolveWish, Duration respondAffair, Duration resolveAffair,
                             Duration respondProject, Duration resolveProject, Duration autoCloseAfter) {

    public DeadlinePolicy {
        for (Duration duration : new Duration[] {respondWish, resolveWish, respondAffair, resolveAffair, respondProject,
                resolveProject, autoCloseAfter}) {
            if (duration == null || duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("every deadline must be a positive time");
            }
        }
    }

    public static DeadlinePolicy defaults() {
        return new DeadlinePolicy(Duration.ofHours(48), Duration.ofDays(14), Duration.ofHours(24), Duration.ofDays(7),
                Duration.ofHours(72), Duration.ofDays(90), Duration.ofDays(7));
    }

    public Instant respondBy(DemandKind kind, Urgency urgency, Instant from) {
        Duration time = switch (kind) {
            case WISH -> respondWish;
            case AFFAIR -> respondAffair;
            case PROJECT -> respondProject;
        };
        return from.plus(urgency == Urgency.URGENT ? time.dividedBy(4) : time);
    }

    public Instant resolveBy(DemandKind kind, Urgency urgency, Instant from) {
        Duration time = switch (kind) {
            case WISH -> resolveWish;
            case AFFAIR -> resolveAffair;
            case PROJECT -> resolveProject;
        };
        return from.plus(urgency == Urgency.URGENT ? time.dividedBy(4) : time);
    }
}
