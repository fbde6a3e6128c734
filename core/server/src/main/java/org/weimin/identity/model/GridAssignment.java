package org.weimin.identity.model;

import java.util.UUID;

/** Puts a grid worker (or social worker) in charge of one grid. */
public class GridAssignment {

    private String tenantId;
    private UUID id;
    private UUID accountId;
    private UUID gridId;

    protected GridAssignment() {
    }

    public GridAssignment(UUID accountId, UUID gridId) {
        if (accountId == null || gridId == null) {
            throw new IllegalArgumentException("an assignment names an account and a grid");
        }
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.gridId = gridId;
    }

    public UUID accountId() {
        return accountId;
    }

    public UUID gridId() {
        return gridId;
    }
}
