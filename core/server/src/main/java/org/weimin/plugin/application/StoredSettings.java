package org.weimin.plugin.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.weimin.identity.application.InCommunity;
import org.weimin.plugin.model.CommunityFeature;
import org.weimin.plugin.model.CommunityFeatureRepository;
import org.weimin.plugin.model.FeatureDescriptor;
import org.weimin.shared.NotFoundException;
import org.weimin.spi.form.Field;
import org.weimin.tenancy.model.CommunityId;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** How a community's feature settings are stored: as JSON, secrets sealed, and shown back with secrets masked. */
@ApplicationScoped
public class StoredSettings {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    SettingSecrets secrets;

    @Inject
    CommunityFeatureRepository repository;

    /** Every choice the community made, in a transaction of its own. */
    @InCommunity
    @Transactional
    public List<CommunityFeature> choices(CommunityId community) {
        return repository.all();
    }

    /** The settings of an enabled feature as the feature gets them (secrets opened), in a transaction of its own. */
    @InCommunity
    @Transactional
    public Map<String, Object> ofEnabled(CommunityId community, FeatureDescriptor feature) {
        CommunityFeature choice = repository.find(feature.featureId()).filter(CommunityFeature::isEnabled)
                .orElseThrow(() -> new NotFoundException("the feature '" + feature.featureId() + "' is not enabled here"));
        return opened(feature, choice);
    }

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
