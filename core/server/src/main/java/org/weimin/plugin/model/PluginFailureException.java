package org.weimin.plugin.model;

/** A plugin feature threw, hung, or is marked failed: the platform carries on without it. */
public class PluginFailureException extends RuntimeException {

    private final String featureId;

    public PluginFailureException(String featureId, String reason) {
        super("the plugin feature " + featureId + " is not working: " + reason);
        this.featureId = featureId;
    }

    public String featureId() {
        return featureId;
    }
}
