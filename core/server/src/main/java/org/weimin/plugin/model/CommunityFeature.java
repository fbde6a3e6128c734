package org.weimin.plugin.model;

import java.time.Instant;
import java.util.UUID;

/** One community's choice about one plugin feature: on or off, and its settings (secrets stored encrypted). */
public class CommunityFeature {

    private String tenantId;
    private UUID id;
    private String featureId;
    private boolean enabled;
    private String settings;
    private Instant updatedAt;
    private long version;

    protected CommunityFeature() {
    }

    public CommunityFeature(String featureId) {
        if (featureId == null || featureId.isBlank()) {
            throw new IllegalArgumentException("a feature id is required");
        }
        this.id = UUID.randomUUID();
        this.featureId = featureId;
        this.settings = "{}";
    }

    /** @param storedSettings the validated settings as stored: JSON, secrets already encrypted */
    public void configure(boolean on, String storedSettings, Instant now) {
        this.enabled = on;
        this.settings = storedSettings;
        this.updatedAt = now;
    }

    public String featureId() {
        return featureId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String storedSettings() {
        return settings;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
