package org.weimin.plugin.infrastructure;

import java.util.Map;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Reports failed plugins and features by name and reason. The platform stays ready when a plugin fails:
 * that is the point of isolating them.
 */
@Readiness
@ApplicationScoped
public class PluginsHealthCheck implements HealthCheck {

    @Inject
    PluginHost host;

    @Inject
    FeatureRegistry registry;

    @Override
    public HealthCheckResponse call() {
        Map<String, String> failures = host.failures();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("plugins")
                .withData("featuresAvailable", registry.features().size()).withData("failed", failures.size());
        // Probes and strangers read this; the reasons are for the administrator's plugin page.
        failures.keySet().forEach(name -> response.withData("failed:" + name, "see the plugins page"));
        return response.up().build();
    }
}
