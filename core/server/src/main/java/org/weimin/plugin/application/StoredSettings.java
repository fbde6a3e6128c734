package org.weimin.plugin.application;

import java.util.LinkedHashMap;
import java.util.Map;

import org.weimin.plugin.model.CommunityFeature;
import org.weimin.plugin.model.FeatureDescriptor;
import org.weimin.spi.form.Field;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** How a community's feature settings are stored: as JSON, secrets sealed, and shown back with secrets masked. */
@ApplicationScoped
public class StoredSettings {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    SettingSecrets secrets;

    /** The values as the feature gets them: secrets opened. */
    Map<String, Object> opened(FeatureDescriptor feature, CommunityFeature choice) {
        Map<String, Object> values = new LinkedHashMap<>(read(choice));
        feature.settingsSchema().fields().stream().filter(Field::isSecret).filter(f -> values.containsKey(f.key()))
                .forEach(f -> values.put(f.key(), secrets.open(values.get(f.key()).toString())));
        return values;
    }

    String write(FeatureDescriptor feature, Map<String, Object> values) {
        Map<String, Object> stored = new LinkedHashMap<>(values);
        feature.settingsSchema().fields().stream().filter(Field::isSecret).filter(f -> stored.containsKey(f.key()))
                .forEach(f -> stored.put(f.key(), secrets.seal(stored.get(f.key()).toString())));
        try {
            return JSON.writeValueAsString(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("settings cannot be written as JSON", e);
        }
    }

    Map<String, Object> read(CommunityFeature choice) {
        try {
            return JSON.readValue(choice.storedSettings(), new TypeReference<LinkedHashMap<String, Object>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored settings of " + choice.featureId() + " are damaged", e);
        }
    }

    static Map<String, Object> masked(FeatureDescriptor feature, Map<String, Object> values) {
        Map<String, Object> shown = new LinkedHashMap<>(values);
        feature.settingsSchema().fields().stream().filter(Field::isSecret).filter(f -> shown.containsKey(f.key()))
                .forEach(f -> shown.put(f.key(), CommunityFeatures.SECRET_MASK));
        return shown;
    }

    /** The declared defaults, typed as stored settings would be. */
    static Map<String, Object> defaults(FeatureDescriptor feature) {
        return feature.settingsSchema().validate(Map.of()).values();
    }
}
