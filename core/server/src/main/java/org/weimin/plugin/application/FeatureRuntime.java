package org.weimin.plugin.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.weimin.plugin.model.CallCircuit;
import org.weimin.plugin.model.FeatureDescriptor;
import org.weimin.spi.FeatureFactory;
import org.weimin.spi.PluginContext;
import org.weimin.tenancy.model.CommunityId;

/**
 * The plugin port: what the platform's use cases ask of the plugins that run, without knowing how they
 * are loaded. Every call into plugin code goes through {@link #call}, which fails that call alone (a typed
 * {@code PluginCallFailedException} or {@code PluginPausedException}) when the plugin throws, hangs or
 * answers nonsense.
 */
public interface FeatureRuntime {

    /** Changes whenever a plugin starts, stops, unloads or fails: what was made of features before is stale. */
    long generation();

    /** Healthy features of started plugins. */
    List<FeatureDescriptor> features();

    Optional<FeatureDescriptor> feature(String featureId);

    /** Calls into a feature's factory for one community, within the time limit. */
    <R> R call(CommunityId community, String featureId, FactoryCall<R> work);

    /** How this community's calls into the feature have gone. */
    CallCircuit.Status callStatus(CommunityId community, String featureId);

    /** What the platform lends a feature made for one community. */
    PluginContext context(CommunityId community, String featureId, Clock clock, List<PluginContext.GridPlace> grids);

    /** A piece of work against a feature's factory. */
    @FunctionalInterface
    interface FactoryCall<R> {
        R apply(FeatureFactory<?> factory) throws Exception;
    }
}
