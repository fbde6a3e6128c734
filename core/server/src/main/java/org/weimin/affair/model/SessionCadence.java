package org.weimin.affair.model;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;

import org.weimin.shared.InvalidInputException;

/**
 * How often a community holds its handling sessions (例会) for general affairs (一般事项定期办): on one weekday
 * every one to four weeks ("every other Tuesday"), at a time and place, counted from a first session.
 */
public class SessionCadence {

    private String tenantId;
    private UUID id;
    private DayOfWeek weekday;
    private int everyWeeks;
    private LocalTime startsAt;
    private String place;
    private LocalDate firstOn;
    private String setBy;
    private Instant updatedAt;
    private long version;

    protected SessionCadence() {
    }

    public SessionCadence(LocalDate firstOn, int everyWeeks, LocalTime startsAt, String place, String setBy, Instant now) {
        this.id = UUID.randomUUID();
        change(firstOn, everyWeeks, startsAt, place, setBy, now);
    }

    /** @param firstOn the day of a first session; its weekday is the sessions' weekday */
    public final void change(LocalDate firstOn, int everyWeeks, LocalTime startsAt, String place, String setBy, Instant now) {
        if (firstOn == null) {
            throw new InvalidInputException("firstOn", "give the date of the first session");
        }
        if (everyWeeks < 1 || everyWeeks > 4) {
            throw new InvalidInputException("everyWeeks", "sessions are held every 1 to 4 weeks");
        }
        if (startsAt == null) {
            throw new InvalidInputException("startsAt", "give the time the sessions start");
        }
        if (place == null || place.isBlank()) {
            throw new InvalidInputException("place", "say where the sessions are held");
        }
        this.firstOn = firstOn;
        this.weekday = firstOn.getDayOfWeek();
        this.everyWeeks = everyWeeks;
        this.startsAt = startsAt;
        this.place = InvalidInputException.atMost("place", place, 200);
        this.setBy = setBy;
        this.updatedAt = now;
    }

    /** The day of the first session that has not started by this moment, in the community's local time. */
    public LocalDate nextOn(LocalDate today, LocalTime timeNow) {
        LocalDate candidate = today.isBefore(firstOn) ? firstOn : today.with(TemporalAdjusters.nextOrSame(weekday));
        long weeks = ChronoUnit.WEEKS.between(firstOn, candidate);
        if (weeks % everyWeeks != 0) {
            candidate = candidate.plusWeeks(everyWeeks - weeks % everyWeeks);
        }
        if (candidate.equals(today) && !timeNow.isBefore(startsAt)) {
            candidate = candidate.plusWeeks(everyWeeks);
        }
        return candidate;
    }

    public DayOfWeek weekday() { return weekday; }
    public int everyWeeks() { return everyWeeks; }
    public LocalTime startsAt() { return startsAt; }
    public String place() { return place; }
    public LocalDate firstOn() { return firstOn; }
    public String setBy() { return setBy; }
}
