package org.weimin.plugin.model;

import java.time.Instant;

/** The feature failed several times in a row for this community and is paused for it until the given time. */
public class PluginPausedException extends RuntimeException {

    private final String featureId;
    private final Instant pausedUntil;

    public PluginPausedException(String featureId, Instant pausedUntil) {
        super("the feature " + featureId + " is paused for this community after repeated failures");
        this.featureId = featureId;
        this.pausedUntil = pausedUntil;
    }

    public String featureId() {
        return featureId;
    }

    public Instant pausedUntil() {
        return pausedUntil;
    }
}
