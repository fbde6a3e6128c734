package org.weimin.plugin.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.weimin.grid.model.GridRepository;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.CommunityAccess;
import org.weimin.plugin.infrastructure.HostPluginContext;
import org.weimin.plugin.infrastructure.PluginHost;
import org.weimin.plugin.infrastructure.SecretBox;
import org.weimin.plugin.model.CommunityFeature;
import org.weimin.plugin.model.CommunityFeatureRepository;
import org.weimin.plugin.model.FeatureDescriptor;
import org.weimin.plugin.model.FeatureKind;
import org.weimin.shared.NotFoundException;
import org.weimin.spi.PluginContext;
import org.weimin.spi.form.Field;
import org.weimin.spi.form.FieldError;
import org.weimin.spi.form.Settings;
import org.weimin.spi.form.ValidationResult;
import org.weimin.tenancy.application.CommunityNotFoundException;
import org.weimin.tenancy.application.TenantScope;
import org.weimin.tenancy.model.Community;
import org.weimin.tenancy.model.CommunityId;
import org.weimin.tenancy.model.CommunityRepository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Each community turns plugin features on and off and gives them settings, validated against the
 * feature's declared schema and its own checks. A feature enabled for one community is invisible to
 * every other.
 */
@ApplicationScoped
public class CommunityFeatures {

    /** What a stored secret looks like when shown back; sending it back unchanged keeps the secret. */
    public static final String SECRET_MASK = "********";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    PluginHost host;

    @Inject
    Store store;

    /** What a community has made of its features, kept while neither its choices nor the plugins change. */
    private record Cached(long generation, Object value) {
    }

    private final Map<String, Cached> cache = new java.util.concurrent.ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    private <T> T cached(String key, java.util.function.Supplier<T> make) {
        long generation = host.generation();
        Cached hit = cache.get(key);
        if (hit != null && hit.generation() == generation) {
            return (T) hit.value();
        }
        T value = make.get();
        cache.put(key, new Cached(generation, value));
        return value;
    }

    /** Drops what is cached for a community; call it after its choices changed and were committed. */
    public void forget(CommunityId community) {
        cache.keySet().removeIf(key -> key.startsWith(community.value() + "|"));
    }

    /** Every feature the running plugins offer, with this community's choice; for the community's administrator. */
    public List<FeatureSetting> list(String community, Caller caller) {
        CommunityId id = administrable(community, caller, false);
        return TenantScope.callAs(id, () -> store.list(host.features())).stream()
                .map(setting -> setting.withHealth(host.callStatus(id, setting.feature().featureId()))).toList();
    }

    /** The features this community has turned on, of one kind. */
    public List<FeatureDescriptor> enabled(CommunityId community, FeatureKind kind) {
        return cached(community.value() + "|enabled|" + kind, () -> TenantScope.callAs(community, () -> store.list(host.features()))
                .stream().filter(FeatureSetting::enabled).map(FeatureSetting::feature).filter(f -> f.kind() == kind).toList());
    }

    /** Turns a feature on or off with settings; refuses bad settings naming the fields, and changes nothing then. */
    public FeatureSetting configure(String community, Caller caller, String featureId, boolean enabled,
                                    Map<String, Object> settings) {
        CommunityId id = administrable(community, caller, true);
        FeatureDescriptor feature = host.feature(featureId)
                .orElseThrow(() -> new NotFoundException("no running plugin offers the feature '" + featureId + "'"));
        FeatureSetting changed = TenantScope.callAs(id, () -> store.configure(id, feature, enabled, settings == null ? Map.of() : settings));
        forget(id);
        return changed.withHealth(host.callStatus(id, featureId));
    }

    /**
     * What is wrong with a configuration file's plugin settings, checked before anything is applied: each
     * entry names the feature and, where there is one, the setting.
     */
    public List<FieldError> problemsOf(CommunityId community, String featureId, Map<String, Object> settings) {
        Optional<FeatureDescriptor> feature = host.feature(featureId);
        if (feature.isEmpty()) {
            return List.of(new FieldError("", org.weimin.spi.LocalizedText.of("没有运行中的插件提供此功能",
                    "no running plugin offers this feature")));
        }
        ValidationResult result = feature.get().settingsSchema().validate(settings);
        if (!result.isValid()) {
            return result.errors();
        }
        return host.call(community, featureId, factory -> factory.check(result.settings()));
    }

    /** Applies a configuration file's choice for one feature, inside the file's transaction and community scope. */
    public void applyFromConfig(CommunityId community, String featureId, boolean enabled, Map<String, Object> settings) {
        FeatureDescriptor feature = host.feature(featureId)
                .orElseThrow(() -> new NotFoundException("no running plugin offers the feature '" + featureId + "'"));
        store.configure(community, feature, enabled, settings);
        forget(community);
    }

    /** Makes the community's instance of an enabled feature. */
    public <T> T instance(CommunityId community, String featureId, Class<T> type) {
        return type.cast(cached(community.value() + "|instance|" + featureId,
                () -> TenantScope.callAs(community, () -> store.instance(community, featureId, type))));
    }

    /**
     * Members with the right to manage the community may change features; supervisors and assessors may
     * look. Anyone else is told the community does not exist.
     */
    private CommunityId administrable(String community, Caller caller, boolean change) {
        if (!CommunityId.isValid(community)) {
            throw new CommunityNotFoundException(community);
        }
        CommunityId id = new CommunityId(community);
        TenantScope.runAs(id, () -> store.requireAccess(id, caller, change));
        return id;
    }

    /** The transactional work, entered with the community's scope set. */
    @ApplicationScoped
    public static class Store {

        @Inject
        CommunityRepository communities;

        @Inject
        CommunityFeatureRepository choices;

        @Inject
        GridRepository grid;

        @Inject
        PluginHost host;

        @Inject
        SecretBox secrets;

        private final Clock clock = Clock.systemUTC();

        @Inject
        org.weimin.identity.application.CommunityGate gate;

        /** Cadres change features; supervisors and assessors may look; other members may not. */
        public void requireAccess(CommunityId id, Caller caller, boolean change) {
            String refusal = "only the community's cadres manage its plugin features";
            if (change || gate.readable(id, caller) == CommunityAccess.MEMBER) {
                gate.manageable(id, caller, refusal);
            }
        }

        @Transactional
        public List<FeatureSetting> list(List<FeatureDescriptor> available) {
            Map<String, CommunityFeature> chosen = new HashMap<>();
            choices.all().forEach(c -> chosen.put(c.featureId(), c));
            List<FeatureSetting> settings = new ArrayList<>();
            for (FeatureDescriptor feature : available) {
                CommunityFeature choice = chosen.get(feature.featureId());
                settings.add(new FeatureSetting(feature, choice != null && choice.isEnabled(),
                        choice == null ? defaults(feature) : masked(feature, read(choice))));
            }
            return settings;
        }

        @Transactional
        public FeatureSetting configure(CommunityId community, FeatureDescriptor feature, boolean enabled,
                                        Map<String, Object> given) {
            Optional<CommunityFeature> existing = choices.find(feature.featureId());
            Map<String, Object> stored = existing.map(this::read).orElse(Map.of());
            Map<String, Object> values = new LinkedHashMap<>(given);
            for (Field field : feature.settingsSchema().fields()) {
                Object value = values.get(field.key());
                if (field.isSecret() && (value == null || SECRET_MASK.equals(value)) && stored.containsKey(field.key())) {
                    values.put(field.key(), secrets.open(stored.get(field.key()).toString()));
                }
            }
            CommunityFeature choice = existing.orElseGet(() -> {
                CommunityFeature created = new CommunityFeature(feature.featureId());
                choices.add(created);
                return created;
            });
            if (!enabled) {
                // Switching off must always work, even while the settings are broken: they stay as they were.
                String kept = existing.isPresent() ? choice.storedSettings() : write(feature, defaults(feature));
                choice.configure(false, kept, clock.instant());
                return new FeatureSetting(feature, false, masked(feature, read(choice)));
            }
            Settings settings = validate(community, feature, values);
            choice.configure(true, write(feature, settings.values()), clock.instant());
            return new FeatureSetting(feature, enabled, masked(feature, read(choice)));
        }

        /** Validates settings and proves the feature can be made with them; throws with every field's problem. */
        Settings validate(CommunityId community, FeatureDescriptor feature, Map<String, Object> values) {
            ValidationResult result = feature.settingsSchema().validate(values);
            if (!result.isValid()) {
                throw new InvalidSettingsException(feature.featureId(), result.errors());
            }
            List<FieldError> problems = host.call(community, feature.featureId(), factory -> factory.check(result.settings()));
            if (!problems.isEmpty()) {
                throw new InvalidSettingsException(feature.featureId(), problems);
            }
            PluginContext context = context(community, feature.featureId());
            host.call(community, feature.featureId(), factory -> factory.create(context, result.settings()));
            return result.settings();
        }

        @Transactional
        public <T> T instance(CommunityId community, String featureId, Class<T> type) {
            CommunityFeature choice = choices.find(featureId).filter(CommunityFeature::isEnabled)
                    .orElseThrow(() -> new NotFoundException("the feature '" + featureId + "' is not enabled here"));
            Map<String, Object> values = new HashMap<>(read(choice));
            FeatureDescriptor feature = host.feature(featureId)
                    .orElseThrow(() -> new NotFoundException("no running plugin offers the feature '" + featureId + "'"));
            feature.settingsSchema().fields().stream().filter(Field::isSecret).filter(f -> values.containsKey(f.key()))
                    .forEach(f -> values.put(f.key(), secrets.open(values.get(f.key()).toString())));
            Settings settings = feature.settingsSchema().validate(values).settings();
            PluginContext context = context(community, featureId);
            return type.cast(host.call(community, featureId, factory -> factory.create(context, settings)));
        }

        private PluginContext context(CommunityId community, String featureId) {
            Community found = communities.find(community).orElseThrow(() -> new CommunityNotFoundException(community.value()));
            return new HostPluginContext(found.id().value(), featureId, clock,
                    grid.grids().stream().map(g -> new PluginContext.GridPlace(g.code(), g.name())).toList(),
                    host.outboundClient());
        }

        private String write(FeatureDescriptor feature, Map<String, Object> values) {
            Map<String, Object> stored = new LinkedHashMap<>(values);
            feature.settingsSchema().fields().stream().filter(Field::isSecret).filter(f -> stored.containsKey(f.key()))
                    .forEach(f -> stored.put(f.key(), secrets.seal(stored.get(f.key()).toString())));
            try {
                return JSON.writeValueAsString(stored);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("settings cannot be written as JSON", e);
            }
        }

        private Map<String, Object> read(CommunityFeature choice) {
            try {
                return JSON.readValue(choice.storedSettings(), new TypeReference<LinkedHashMap<String, Object>>() {
                });
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("stored settings of " + choice.featureId() + " are damaged", e);
            }
        }

        private static Map<String, Object> masked(FeatureDescriptor feature, Map<String, Object> values) {
            Map<String, Object> shown = new LinkedHashMap<>(values);
            feature.settingsSchema().fields().stream().filter(Field::isSecret).filter(f -> shown.containsKey(f.key()))
                    .forEach(f -> shown.put(f.key(), SECRET_MASK));
            return shown;
        }

        /** The declared defaults, typed as stored settings would be. */
        private static Map<String, Object> defaults(FeatureDescriptor feature) {
            return feature.settingsSchema().validate(Map.of()).values();
        }
    }
}
