package org.weimin.wish.model;

import java.time.Instant;
import java.util.UUID;

/** A community's own claim periods, as its cadre set them. */
public class CommunityClaimPeriods {

    private String tenantId;
    private UUID id;
    private int contactDays;
    private int fulfilDays;
    private Instant updatedAt;
    private long version;

    protected CommunityClaimPeriods() {
    }

    public CommunityClaimPeriods(ClaimPeriods periods, Instant now) {
        this.id = UUID.randomUUID();
        change(periods, now);
    }

    public final void change(ClaimPeriods periods, Instant now) {
        this.contactDays = periods.contactWithinDays();
        this.fulfilDays = periods.fulfilWithinDays();
        this.updatedAt = now;
    }

    public ClaimPeriods periods() {
        return new ClaimPeriods(contactDays, fulfilDays);
    }
}
