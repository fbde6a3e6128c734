package org.weimin.wish.model;

import java.time.Instant;
import java.util.UUID;

import org.weimin.shared.InvalidInputException;

/**
 * One line of the volunteer-hours ledger, which is only ever added to: a credit when a wish the volunteer
 * fulfilled is confirmed, and a reversing entry to correct one (a correction is a reversal and a new credit).
 * Each line carries a key that names what caused it, unique per community, so a step that runs twice books once.
 */
public class HoursEntry {

    private String tenantId;
    private UUID id;
    private String entryKey;
    private UUID volunteerId;
    private UUID claimId;
    private UUID wishId;
    private int minutes;
    private UUID reverses;
    private String note;
    private String recordedBy;
    private Instant recordedAt;

    protected HoursEntry() {
    }

    private HoursEntry(String key, UUID volunteerId, UUID claimId, UUID wishId, int minutes, UUID reverses, String note,
                       String recordedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.entryKey = key;
        this.volunteerId = volunteerId;
        this.claimId = claimId;
        this.wishId = wishId;
        this.minutes = minutes;
        this.reverses = reverses;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    /** The hours of a confirmed claim, for the volunteer who held it. */
    public static HoursEntry creditFor(Claim claim, String recordedBy, Instant now) {
        if (claim.status() != ClaimStatus.CONFIRMED || claim.volunteerId() == null) {
            throw new IllegalArgumentException("hours are credited for a volunteer's confirmed claim only");
        }
        return new HoursEntry("credit:" + claim.id(), claim.volunteerId(), claim.id(), claim.wishId(), claim.minutes(), null,
                null, recordedBy, now);
    }

    /** Cancels this credit, saying why; a corrected amount is then credited anew with {@link #correction}. */
    public HoursEntry reversal(String why, String by, Instant now) {
        if (reverses != null) {
            throw new IllegalArgumentException("a reversing entry is not reversed; credit the right hours instead");
        }
        if (why == null || why.isBlank()) {
            throw new InvalidInputException("reason", "say why the hours are corrected");
        }
        return new HoursEntry("reversal:" + id, volunteerId, claimId, wishId, -minutes, id,
                InvalidInputException.atMost("reason", why, 500), by, now);
    }

    /** The right hours for a claim whose credit was reversed by {@code reversal}. */
    public static HoursEntry correction(HoursEntry reversal, int rightMinutes, String by, Instant now) {
        if (reversal.reverses == null) {
            throw new IllegalArgumentException("a correction follows a reversing entry");
        }
        if (rightMinutes < 0 || rightMinutes > Claim.MAX_MINUTES) {
            throw new InvalidInputException("minutes", "the time spent is 0 to 24 hours");
        }
        return new HoursEntry("correction:" + reversal.id, reversal.volunteerId, reversal.claimId, reversal.wishId, rightMinutes,
                null, reversal.note, by, now);
    }

    public UUID id() { return id; }
    public String entryKey() { return entryKey; }
    public UUID volunteerId() { return volunteerId; }
    public UUID claimId() { return claimId; }
    public UUID wishId() { return wishId; }
    public int minutes() { return minutes; }
    public UUID reverses() { return reverses; }
    public String note() { return note; }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
}
