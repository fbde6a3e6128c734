package org.weimin.plugin.model;

/**
 * One call into a plugin feature threw, hung or returned something unusable. It fails that request only;
 * the reason is kept for the community's cadre and the platform administrator, not told to the caller.
 */
public class PluginCallFailedException extends RuntimeException {

    private final String featureId;
    private final String reference;

    public PluginCallFailedException(String featureId, String reason, String reference) {
        super(reason);
        this.featureId = featureId;
        this.reference = reference;
    }

    public String featureId() {
        return featureId;
    }

    /** Quoted in the answer and in the log line, so a report can be matched with the failure. */
    public String reference() {
        return reference;
    }
}
