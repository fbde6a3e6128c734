package org.weimin.plugin.model;

import java.util.List;

/**
 * An installed plugin as the administrator sees it.
 *
 * @param source {@code built-in} or {@code installed}
 * @param failure why it failed, is incompatible, or null
 * @param features its features, each with its own failure if it has one
 */
public record PluginRecord(String pluginId, String file, String source, String version, String provider,
                           String description, String requires, PluginState state, String failure,
                           List<FeatureStatus> features) {

    public PluginRecord {
        features = List.copyOf(features);
    }

    /**
     * @param featureId the feature's id, or its class name when even the id could not be read
     * @param name the feature's name in both languages, or null when it could not be read
     * @param description what the feature does, in both languages, or null
     * @param failure why the feature is unavailable to every community, or null
     * @param troubledCommunities the communities whose calls into the feature failed, with how they went
     */
    public record FeatureStatus(String featureId, FeatureKind kind, org.weimin.spi.LocalizedText name,
                                org.weimin.spi.LocalizedText description, String failure,
                                java.util.Map<String, CallCircuit.Status> troubledCommunities) {
    }
}
