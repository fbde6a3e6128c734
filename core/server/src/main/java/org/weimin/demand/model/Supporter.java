package org.weimin.demand.model;

import java.time.Instant;
import java.util.UUID;

/** One resident saying "I have this need too"; one per resident and need. */
public class Supporter {

    private String tenantId;
    private UUID id;
    private UUID demandId;
    private UUID accountId;
    private Instant at;

    protected Supporter() {
    }

    public Supporter(UUID demandId, UUID accountId, Instant at) {
        this.id = UUID.randomUUID();
        this.demandId = demandId;
        this.accountId = accountId;
        this.at = at;
    }

    public UUID demandId() {
        return demandId;
    }

    public UUID accountId() {
        return accountId;
    }
}
