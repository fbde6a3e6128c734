package org.weimin.config.application;

import org.weimin.shared.StartupStep;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Applies every community's configuration file once the plugins it enables are running. */
@ApplicationScoped
public class TenantConfigStartup implements StartupStep {

    @Inject
    TenantConfigService tenantConfig;

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void run() {
        tenantConfig.applyAll();
    }
}
