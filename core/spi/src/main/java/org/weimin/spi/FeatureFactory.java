package org.weimin.spi;

import java.util.List;

import org.weimin.spi.form.FieldError;
import org.weimin.spi.form.FormSchema;
import org.weimin.spi.form.Settings;

/**
 * A feature a plugin offers: a long-lived factory that makes one light instance per community that
 * enables it.
 *
 * @param <T> what the feature provides to a community
 */
public interface FeatureFactory<T> {

    /** A stable id, unique across all plugins, e.g. {@code org-type.merchant}; never change it once published. */
    String id();

    /** The name communities see when they choose features. */
    LocalizedText displayName();

    /** One or two sentences on what the feature does. */
    default LocalizedText description() {
        return LocalizedText.of("", "");
    }

    /** The settings a community gives this feature; the platform renders the form and validates it. */
    default FormSchema settingsSchema() {
        return FormSchema.empty();
    }

    /**
     * Valid settings to show as an example, for settings whose form a generated sample cannot fill (a key of
     * a given format, say); the test kit creates the feature with them.
     */
    default java.util.Map<String, Object> exampleSettings() {
        return java.util.Map.of();
    }

    /** Checks that the schema cannot express (one setting depending on another); empty when all is well. */
    default List<FieldError> check(Settings settings) {
        return List.of();
    }

    /**
     * Makes the feature for one community.
     *
     * @param context what the platform offers the plugin for that community
     * @param settings the community's settings, already validated against {@link #settingsSchema()}
     */
    T create(PluginContext context, Settings settings);
}
