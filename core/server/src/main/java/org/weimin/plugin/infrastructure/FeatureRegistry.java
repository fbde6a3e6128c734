package org.weimin.plugin.infrastructure;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.weimin.plugin.application.FeatureRuntime;
import org.weimin.plugin.model.CallCircuit;
import org.weimin.plugin.model.FeatureDescriptor;
import org.weimin.plugin.model.FeatureKind;
import org.weimin.plugin.model.PluginFailureException;
import org.weimin.plugin.model.PluginRecord;
import org.weimin.spi.FeatureFactory;
import org.weimin.spi.PluginContext;
import org.weimin.spi.evaluation.EvaluationMethodFactory;
import org.weimin.spi.intake.IntakeChannelFactory;
import org.weimin.spi.payment.PaymentChannelFactory;
import org.weimin.spi.organization.OrganizationTypeFactory;
import org.weimin.tenancy.model.CommunityId;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The features the started plugins offer, each described once (within the call time limit) when its plugin
 * starts; a feature that cannot be made or described, or whose id another plugin already offers, is kept
 * with its failure and offered to no one. Implements the plugin port for the platform's use cases.
 */
@ApplicationScoped
public class FeatureRegistry implements FeatureRuntime {

    @Inject
    @ConfigProperty(name = "weimin.outbound.allowed-hosts", defaultValue = " ")
    String allowedHosts;

    @Inject
    PluginCalls calls;

    /** One feature of a started plugin, or the failure that keeps it out. */
    private record Feature(String key, String pluginId, FeatureDescriptor descriptor, FeatureFactory<?> factory,
                           FeatureKind kind, String failure) {
    }

    private final Map<String, Feature> features = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    /** The one HTTP client plugins call out with; see {@link GuardedHttpClient}. */
    private HttpClient outbound;

    @PostConstruct
    void createOutboundClient() {
        outbound = new GuardedHttpClient(List.of(allowedHosts.split(",")), Duration.ofSeconds(5));
    }

    /** Changes whenever a plugin starts, stops, unloads or fails: caches of features made before are stale. */
    @Override
    public long generation() {
        return generation.get();
    }

    /** A plugin started, stopped or failed: what was made of the features before is stale. */
    void changed() {
        generation.incrementAndGet();
    }

    /** Makes and describes the features among a started plugin's extensions. */
    void register(String pluginId, List<Class<?>> extensions) {
        changed();
        for (Class<?> type : extensions) {
            String key = type.getName();
            FeatureKind kind = kindOf(type);
            if (kind == null) {
                continue;
            }
            try {
                FeatureFactory<?> factory = calls.timed(key, () -> (FeatureFactory<?>) type.getDeclaredConstructor().newInstance());
                FeatureDescriptor descriptor = calls.timed(key, () -> new FeatureDescriptor(factory.id(), pluginId, kind,
                        factory.displayName(), factory.description(), factory.settingsSchema()));
                Feature existing = features.get(descriptor.featureId());
                if (existing != null && !existing.pluginId().equals(pluginId)) {
                    features.put(key, new Feature(key, pluginId, null, null, kind,
                            "feature id " + descriptor.featureId() + " is already provided by plugin " + existing.pluginId()));
                    continue;
                }
                features.put(descriptor.featureId(), new Feature(descriptor.featureId(), pluginId, descriptor, factory, kind, null));
            } catch (PluginFailureException e) {
                features.put(key, new Feature(key, pluginId, null, null, kind, e.getMessage()));
            }
        }
    }

    /** The plugin stopped or went: its features are offered no more. */
    void forget(String pluginId) {
        changed();
        features.values().removeIf(f -> f.pluginId().equals(pluginId));
    }

    /** The plugin's features as the administrator sees them, with the communities whose calls failed. */
    List<PluginRecord.FeatureStatus> statusesOf(String pluginId) {
        return features.values().stream().filter(f -> f.pluginId().equals(pluginId))
                .sorted(Comparator.comparing(Feature::key))
                .map(f -> new PluginRecord.FeatureStatus(f.key(), f.kind(),
                        f.descriptor() == null ? null : f.descriptor().displayName(),
                        f.descriptor() == null ? null : f.descriptor().description(), f.failure(),
                        calls.troubledCommunities(f.key())))
                .toList();
    }

    long available() {
        return features.values().stream().filter(f -> f.failure() == null).count();
    }

    @Override
    public List<FeatureDescriptor> features() {
        return features.values().stream().filter(f -> f.failure() == null).map(Feature::descriptor)
                .sorted(Comparator.comparing(FeatureDescriptor::featureId)).toList();
    }

    @Override
    public Optional<FeatureDescriptor> feature(String featureId) {
        Feature feature = features.get(featureId);
        return feature == null || feature.failure() != null ? Optional.empty() : Optional.of(feature.descriptor());
    }

    @Override
    public <R> R call(CommunityId community, String featureId, FactoryCall<R> work) {
        Feature feature = features.get(featureId);
        if (feature == null) {
            throw new PluginFailureException(featureId, "no started plugin offers it");
        }
        if (feature.failure() != null) {
            throw new PluginFailureException(featureId, feature.failure());
        }
        return calls.forCommunity(community, featureId, () -> work.apply(feature.factory()));
    }

    @Override
    public CallCircuit.Status callStatus(CommunityId community, String featureId) {
        return calls.status(community, featureId);
    }

    @Override
    public PluginContext context(CommunityId community, String featureId, Clock clock, List<PluginContext.GridPlace> grids) {
        return new HostPluginContext(community.value(), featureId, clock, grids, outbound);
    }

    private static FeatureKind kindOf(Class<?> type) {
        if (OrganizationTypeFactory.class.isAssignableFrom(type)) {
            return FeatureKind.ORGANIZATION_TYPE;
        }
        if (EvaluationMethodFactory.class.isAssignableFrom(type)) {
            return FeatureKind.EVALUATION_METHOD;
        }
        if (IntakeChannelFactory.class.isAssignableFrom(type)) {
            return FeatureKind.INTAKE_CHANNEL;
        }
        if (PaymentChannelFactory.class.isAssignableFrom(type)) {
            return FeatureKind.PAYMENT_CHANNEL;
        }
        return null;
    }
}
