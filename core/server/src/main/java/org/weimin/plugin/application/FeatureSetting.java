package org.weimin.plugin.application;

import java.util.Map;

import org.weimin.plugin.model.CallCircuit;
import org.weimin.plugin.model.FeatureDescriptor;

/**
 * A feature as a community's administrator sees it: what it is, whether it is on, its settings, and how
 * the community's calls into it have gone.
 *
 * @param settings the current values; a secret appears only as {@link CommunityFeatures#SECRET_MASK}
 * @param health failures of this community's calls into the feature, and whether it is paused for it
 */
public record FeatureSetting(FeatureDescriptor feature, boolean enabled, Map<String, Object> settings,
                             CallCircuit.Status health) {

    FeatureSetting(FeatureDescriptor feature, boolean enabled, Map<String, Object> settings) {
        this(feature, enabled, settings, null);
    }

    FeatureSetting withHealth(CallCircuit.Status status) {
        return new FeatureSetting(feature, enabled, settings, status);
    }
}
