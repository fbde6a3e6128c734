package org.weimin.demand.model;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A community's own deadline policy, as its administrator set it. */
public class CommunityDeadlines {

    private String tenantId;
    private UUID id;
    private int respondWishHours;
    private int resolveWishDays;
    private int respondAffairHours;
    private int resolveAffairDays;
    private int respondProjectHours;
    private int resolveProjectDays;
    private int autoCloseDays;
    private Instant updatedAt;
    private long version;

    protected CommunityDeadlines() {
    }

    public CommunityDeadlines(DeadlinePolicy policy, Instant now) {
        this.id = UUID.randomUUID();
        change(policy, now);
    }

    public final void change(DeadlinePolicy policy, Instant now) {
        this.respondWishHours = (int) policy.respondWish().toHours();
        this.resolveWishDays = (int) policy.resolveWish().toDays();
        this.respondAffairHours = (int) policy.respondAffair().toHours();
        this.resolveAffairDays = (int) policy.resolveAffair().toDays();
        this.respondProjectHours = (int) policy.respondProject().toHours();
        this.resolveProjectDays = (int) policy.resolveProject().toDays();
        this.autoCloseDays = (int) policy.autoCloseAfter().toDays();
        this.updatedAt = now;
    }

    public DeadlinePolicy policy() {
        return new DeadlinePolicy(Duration.ofHours(respondWishHours), Duration.ofDays(resolveWishDays),
                Duration.ofHours(respondAffairHours), Duration.ofDays(resolveAffairDays),
                Duration.ofHours(respondProjectHours), Duration.ofDays(resolveProjectDays), Duration.ofDays(autoCloseDays));
    }
}
