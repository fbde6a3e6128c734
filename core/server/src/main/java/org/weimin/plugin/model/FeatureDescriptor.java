package org.weimin.plugin.model;

import org.weimin.spi.LocalizedText;
import org.weimin.spi.form.FormSchema;

/**
 * What the platform knows of one feature without calling into the plugin again: read once, within the
 * time limit, when the plugin starts.
 */
public record FeatureDescriptor(String featureId, String pluginId, FeatureKind kind, LocalizedText displayName,
                                LocalizedText description, FormSchema settingsSchema) {
}
