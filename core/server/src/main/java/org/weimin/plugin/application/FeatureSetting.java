package org.weimin.plugin.application;

import java.util.Map;

import org.weimin.plugin.model.FeatureDescriptor;

/**
 * A feature as a community's administrator sees it: what it is, whether it is on, and its settings.
 *
 * @param settings the current values; a secret appears only as {@link CommunityFeatures#SECRET_MASK}
 */
public record FeatureSetting(FeatureDescriptor feature, boolean enabled, Map<String, Object> settings) {
}
