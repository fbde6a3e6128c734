package org.weimin.plugin.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.weimin.grid.application.GridPlaces;
import org.weimin.identity.application.InCommunity;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Permission;
import org.weimin.plugin.model.CommunityFeature;
import org.weimin.plugin.model.CommunityFeatureRepository;
import org.weimin.plugin.model.FeatureDescriptor;
import org.weimin.plugin.model.FeatureKind;
import org.weimin.shared.ForbiddenActionException;
import org.weimin.shared.NotFoundException;
import org.weimin.spi.PluginContext;
import org.weimin.spi.form.Field;
import org.weimin.spi.form.FieldError;
import org.weimin.spi.form.Settings;
import org.weimin.spi.form.ValidationResult;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Each community turns plugin features on and off and gives them settings, validated against the
 * feature's declared schema and its own checks. A feature enabled for one community is invisible to
 * every other. What a community made of its features is remembered while neither its choices nor the
 * plugins change.
 */
@ApplicationScoped
public class CommunityFeatures {

    /** What a stored secret looks like when shown back; sending it back unchanged keeps the secret. */
    public static final String SECRET_MASK = "********";

    /** A community's choices changed; what was remembered of them is dropped once the change is over. */
    public record ChoicesChanged(CommunityId community) {
    }

    /** A piece of work against a community's instance of a feature. */
    @FunctionalInterface
    public interface FeatureWork<T, R> {
        R apply(T feature) throws Exception;
    }

    private record Cached(long generation, Object value) {
    }

    @Inject
    FeatureRuntime runtime;

    @Inject
    CommunityFeatureRepository choices;

    @Inject
    StoredSettings stored;

    @Inject
    GridPlaces grids;

    @Inject
    Event<ChoicesChanged> changed;

    @Inject
    Clock clock;

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    /** Every feature the running plugins offer, with this community's choice; for the community's administrator. */
    @InCommunity
    @Transactional
    public List<FeatureSetting> list(CommunityId community, Caller caller) {
        requireAdministrator(caller, false);
        return settings(community).stream().map(setting -> setting.withHealth(runtime.callStatus(community, setting.feature().featureId())))
                .toList();
    }

    /** The features this community has turned on, of one kind. */
    public List<FeatureDescriptor> enabled(CommunityId community, FeatureKind kind) {
        return cached(community.value() + "|enabled|" + kind, () -> settings(community).stream().filter(FeatureSetting::enabled)
                .map(FeatureSetting::feature).filter(f -> f.kind() == kind).toList());
    }

    /** Whether the community has turned this feature of this kind on. */
    public boolean isEnabled(CommunityId community, FeatureKind kind, String featureId) {
        return enabled(community, kind).stream().anyMatch(f -> f.featureId().equals(featureId));
    }

    /**
     * Calls into the community's instance of an enabled feature, through the plugin port's time limit. No
     * transaction is held while plugin code runs: the community's settings are read in one of their own.
     */
    public <T, R> R call(CommunityId community, String featureId, Class<T> type, FeatureWork<T, R> work) {
        T feature = type.cast(cached(community.value() + "|instance|" + featureId, () -> instance(community, featureId)));
        return runtime.call(community, featureId, factory -> work.apply(feature));
    }

    /** Turns a feature on or off with settings; refuses bad settings naming the fields, and changes nothing then. */
    @InCommunity
    @Transactional
    public FeatureSetting configure(CommunityId community, Caller caller, String featureId, boolean enabled,
                                    Map<String, Object> settings) {
        requireAdministrator(caller, true);
        FeatureSetting setting = store(community, running(featureId), enabled, settings == null ? Map.of() : settings);
        return setting.withHealth(runtime.callStatus(community, featureId));
    }

    /**
     * What is wrong with a configuration file's plugin settings, checked before anything is applied: each
     * entry names the feature and, where there is one, the setting.
     */
    public List<FieldError> problemsOf(CommunityId community, String featureId, Map<String, Object> settings) {
        Optional<FeatureDescriptor> feature = runtime.feature(featureId);
        if (feature.isEmpty()) {
            return List.of(new FieldError("", org.weimin.spi.LocalizedText.of("没有运行中的插件提供此功能",
                    "no running plugin offers this feature")));
        }
        ValidationResult result = feature.get().settingsSchema().validate(settings);
        if (!result.isValid()) {
            return result.errors();
        }
        return runtime.call(community, featureId, factory -> factory.check(result.settings()));
    }

    /** Applies a configuration file's choice for one feature, inside the file's transaction and community scope. */
    @InCommunity
    @Transactional
    public void applyFromConfig(CommunityId community, String featureId, boolean enabled, Map<String, Object> settings) {
        store(community, running(featureId), enabled, settings);
    }

    void forget(@Observes(during = TransactionPhase.AFTER_COMPLETION) ChoicesChanged change) {
        cache.keySet().removeIf(key -> key.startsWith(change.community().value() + "|"));
    }

    /** Cadres change features; supervisors and assessors may look; other members may not. */
    private static void requireAdministrator(Caller caller, boolean change) {
        boolean member = caller.community().isPresent();
        if ((change || member) && !(member && caller.permissions().contains(Permission.MANAGE_COMMUNITY))) {
            throw new ForbiddenActionException("only the community's cadres manage its plugin features");
        }
    }

    private FeatureDescriptor running(String featureId) {
        return runtime.feature(featureId)
                .orElseThrow(() -> new NotFoundException("no running plugin offers the feature '" + featureId + "'"));
    }

    private List<FeatureSetting> settings(CommunityId community) {
        Map<String, CommunityFeature> chosen = new HashMap<>();
        stored.choices(community).forEach(c -> chosen.put(c.featureId(), c));
        List<FeatureSetting> settings = new ArrayList<>();
        for (FeatureDescriptor feature : runtime.features()) {
            CommunityFeature choice = chosen.get(feature.featureId());
            settings.add(new FeatureSetting(feature, choice != null && choice.isEnabled(),
                    choice == null ? StoredSettings.defaults(feature) : StoredSettings.masked(feature, stored.read(choice))));
        }
        return settings;
    }

    private FeatureSetting store(CommunityId community, FeatureDescriptor feature, boolean enabled, Map<String, Object> given) {
        changed.fire(new ChoicesChanged(community));
        Optional<CommunityFeature> existing = choices.find(feature.featureId());
        Map<String, Object> values = new LinkedHashMap<>(given);
        Map<String, Object> kept = existing.map(choice -> stored.opened(feature, choice)).orElse(Map.of());
        for (Field field : feature.settingsSchema().fields()) {
            Object value = values.get(field.key());
            if (field.isSecret() && (value == null || SECRET_MASK.equals(value)) && kept.containsKey(field.key())) {
                values.put(field.key(), kept.get(field.key()));
            }
        }
        CommunityFeature choice = existing.orElseGet(() -> {
            CommunityFeature created = new CommunityFeature(feature.featureId());
            choices.add(created);
            return created;
        });
        if (!enabled) {
            // Switching off must always work, even while the settings are broken: they stay as they were.
            String keptSettings = existing.isPresent() ? choice.storedSettings() : stored.write(feature, StoredSettings.defaults(feature));
            choice.configure(false, keptSettings, clock.instant());
        } else {
            choice.configure(true, stored.write(feature, validate(community, feature, values).values()), clock.instant());
        }
        return new FeatureSetting(feature, enabled, StoredSettings.masked(feature, stored.read(choice)));
    }

    /** Validates settings and proves the feature can be made with them; throws with every field's problem. */
    private Settings validate(CommunityId community, FeatureDescriptor feature, Map<String, Object> values) {
        ValidationResult result = feature.settingsSchema().validate(values);
        if (!result.isValid()) {
            throw new InvalidSettingsException(feature.featureId(), result.errors());
        }
        List<FieldError> problems = runtime.call(community, feature.featureId(), factory -> factory.check(result.settings()));
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(feature.featureId(), problems);
        }
        PluginContext context = context(community, feature.featureId());
        runtime.call(community, feature.featureId(), factory -> factory.create(context, result.settings()));
        return result.settings();
    }

    private Object instance(CommunityId community, String featureId) {
        FeatureDescriptor feature = running(featureId);
        Settings settings = feature.settingsSchema().validate(stored.ofEnabled(community, feature)).settings();
        PluginContext context = context(community, featureId);
        return runtime.call(community, featureId, factory -> factory.create(context, settings));
    }

    private PluginContext context(CommunityId community, String featureId) {
        return runtime.context(community, featureId, clock,
                grids.all(community).stream().map(g -> new PluginContext.GridPlace(g.code(), g.name())).toList());
    }

    @SuppressWarnings("unchecked")
    private <T> T cached(String key, Supplier<T> make) {
        long generation = runtime.generation();
        Cached hit = cache.get(key);
        if (hit != null && hit.generation() == generation) {
            return (T) hit.value();
        }
        T value = make.get();
        cache.put(key, new Cached(generation, value));
        return value;
    }
}
