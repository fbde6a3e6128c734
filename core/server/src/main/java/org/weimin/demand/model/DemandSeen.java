package org.weimin.demand.model;

import java.time.Instant;
import java.util.UUID;

/** When the resident who raised a need last looked at it: what changed since is news to them. */
public class DemandSeen {

    private String tenantId;
    private UUID id;
    private UUID demandId;
    private UUID accountId;
    private Instant seenAt;

    protected DemandSeen() {
    }

    public DemandSeen(UUID demandId, UUID accountId, Instant seenAt) {
        this.id = UUID.randomUUID();
        this.demandId = demandId;
        this.accountId = accountId;
        this.seenAt = seenAt;
    }

    public void seenAgain(Instant at) {
        this.seenAt = at;
    }

    public UUID demandId() {
        return demandId;
    }

    public UUID accountId() {
        return accountId;
    }

    public Instant seenAt() {
        return seenAt;
    }
}
