package org.weimin.project.model;

import java.util.UUID;

/** A member of a venture call's expert panel: an account of the community's staff. */
public class VentureExpert {

    private String tenantId;
    private UUID id;
    private UUID callId;
    private String username;
    private String displayName;

    protected VentureExpert() {
    }

    VentureExpert(UUID callId, String username, String displayName) {
        this.id = UUID.randomUUID();
        this.callId = callId;
        this.username = username;
        this.displayName = displayName;
    }

    public UUID id() { return id; }
    public UUID callId() { return callId; }
    public String username() { return username; }
    public String displayName() { return displayName; }
}
