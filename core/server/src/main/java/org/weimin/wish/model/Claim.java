package org.weimin.wish.model;

import java.time.Instant;
import java.util.UUID;

import org.weimin.shared.InvalidInputException;
import org.weimin.wish.model.WishRuleException.Reason;

/**
 * One claimer's promise to fulfil a wish (认领), in the mode that follows from who they are, with the days they
 * have to first contact the resident and to fulfil it. The claimer reports fulfilment with a note and the hours
 * spent; the hours count once the resident confirms.
 */
public class Claim {

    public static final int MAX_MINUTES = 24 * 60;

    private String tenantId;
    private UUID id;
    private UUID wishId;
    private ClaimerKind claimerKind;
    private UUID claimerId;
    private String claimerName;
    private String actingUser;
    private UUID volunteerId;
    private ClaimMode mode;
    private ClaimStatus status;
    private String claimedBy;
    private Instant claimedAt;
    private Instant contactBy;
    private Instant fulfilBy;
    private Instant contactedAt;
    private Instant fulfilledAt;
    private int minutes;
    private String proof;
    private String endReason;
    private String endedBy;
    private Instant endedAt;
    private long version;

    protected Claim() {
    }

    Claim(UUID wishId, Claimer claimer, String claimedBy, Instant contactBy, Instant fulfilBy, Instant now) {
        this.id = UUID.randomUUID();
        this.wishId = wishId;
        this.claimerKind = claimer.kind();
        this.claimerId = claimer.id();
        this.claimerName = claimer.name();
        this.actingUser = claimer.actingUser();
        this.volunteerId = claimer.volunteerId();
        this.mode = claimer.mode();
        this.status = ClaimStatus.ACTIVE;
        this.claimedBy = claimedBy;
        this.claimedAt = now;
        this.contactBy = contactBy;
        this.fulfilBy = fulfilBy;
    }

    /** The claimer has been in touch with the resident: the first deadline is met. */
    public void contacted(Instant now) {
        requireActive();
        if (contactedAt == null) {
            contactedAt = now;
        }
    }

    /**
     * @param note what was done, for the resident to check
     * @param spentMinutes the time the claimer gave, credited as volunteer hours once the resident confirms
     */
    public void fulfil(String note, int spentMinutes, Instant now) {
        requireActive();
        if (note == null || note.isBlank()) {
            throw new InvalidInputException("note", "say what was done, so the resident can check it");
        }
        if (spentMinutes < 0 || spentMinutes > MAX_MINUTES) {
            throw new InvalidInputException("minutes", "the time spent is 0 to 24 hours");
        }
        this.proof = InvalidInputException.atMost("note", note, 1000);
        this.minutes = spentMinutes;
        this.fulfilledAt = now;
        if (contactedAt == null) {
            contactedAt = now;
        }
        this.status = ClaimStatus.FULFILLED;
    }

    /** Whether the claim missed a deadline: no contact in time, or not fulfilled in time. */
    public boolean isOverdue(Instant now) {
        return status == ClaimStatus.ACTIVE && (contactedAt == null && now.isAfter(contactBy) || now.isAfter(fulfilBy));
    }

    /** The system takes back a claim that missed its deadline. */
    public void lapse(Instant now) {
        if (!isOverdue(now)) {
            throw new WishRuleException(Reason.CLAIM_NOT_ACTIVE, "the claim is within its time");
        }
        end(ClaimStatus.LAPSED, contactedAt == null ? "contact" : "fulfil", "system", now);
    }

    /** The claimer gives the wish back, saying why. */
    public void withdraw(String why, String by, Instant now) {
        requireActive();
        end(ClaimStatus.WITHDRAWN, reason(why), by, now);
    }

    /** Staff take the claim back, saying why. */
    public void release(String why, String by, Instant now) {
        requireActive();
        end(ClaimStatus.RELEASED, reason(why), by, now);
    }

    void confirm() {
        status = ClaimStatus.CONFIRMED;
    }

    void notFulfilled(String why, Instant now) {
        end(ClaimStatus.NOT_FULFILLED, reason(why), null, now);
    }

    private static String reason(String why) {
        if (why == null || why.isBlank()) {
            throw new InvalidInputException("reason", "say why");
        }
        return InvalidInputException.atMost("reason", why, 500);
    }

    private void end(ClaimStatus to, String why, String by, Instant now) {
        status = to;
        endReason = why;
        endedBy = by;
        endedAt = now;
    }

    private void requireActive() {
        if (status != ClaimStatus.ACTIVE) {
            throw new WishRuleException(Reason.CLAIM_NOT_ACTIVE, "the claim is " + status.name().toLowerCase());
        }
    }

    /** Whether this person acts on the claim. */
    public boolean isActedOnBy(String username) {
        return username != null && username.equals(actingUser);
    }

    /** Who the public is told holds the claim: a volunteer by a masked name, teams, organisations and cadres by theirs. */
    public String publicClaimerName() {
        return claimerKind == ClaimerKind.VOLUNTEER ? Volunteer.masked(claimerName) : claimerName;
    }

    public UUID id() { return id; }
    public UUID wishId() { return wishId; }
    public ClaimerKind claimerKind() { return claimerKind; }
    public UUID claimerId() { return claimerId; }
    public String claimerName() { return claimerName; }
    public String actingUser() { return actingUser; }
    public UUID volunteerId() { return volunteerId; }
    public ClaimMode mode() { return mode; }
    public ClaimStatus status() { return status; }
    public String claimedBy() { return claimedBy; }
    public Instant claimedAt() { return claimedAt; }
    public Instant contactBy() { return contactBy; }
    public Instant fulfilBy() { return fulfilBy; }
    public Instant contactedAt() { return contactedAt; }
    public Instant fulfilledAt() { return fulfilledAt; }
    public int minutes() { return minutes; }
    public String proof() { return proof; }
    public String endReason() { return endReason; }
    public String endedBy() { return endedBy; }
    public Instant endedAt() { return endedAt; }
}
