package org.weimin.affair.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.weimin.affair.model.SessionOutcome;
import org.weimin.demand.model.DemandStatus;

/** Handling sessions and their agendas as staff read them. */
public final class SessionViews {

    private SessionViews() {
    }

    /** @param firstOn the day of a first session, whose weekday the sessions keep */
    public record Cadence(LocalDate firstOn, String weekday, int everyWeeks, String startsAt, String place, LocalDate nextOn) {
    }

    public record Item(UUID id, UUID demandId, String reference, String text, String place, int residents, DemandStatus needStatus,
                       SessionOutcome outcome, String note, String assignee, String decidedBy, Instant decidedAt) {
    }

    public record Session(UUID id, LocalDate heldOn, Instant startsAt, String place, boolean over, List<Item> agenda) {
    }
}
