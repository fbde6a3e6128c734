package org.weimin.plugin.model;

/** A plugin feature is not offered, could not be loaded, or one call into it went wrong. */
public class PluginFailureException extends RuntimeException {

    private final String featureId;
    private final String reason;

    public PluginFailureException(String featureId, String reason) {
        super("the plugin feature " + featureId + " is not working: " + reason);
        this.featureId = featureId;
        this.reason = reason;
    }

    public String featureId() {
        return featureId;
    }

    public String reason() {
        return reason;
    }
}
