package org.weimin.plugin.infrastructure;

import org.weimin.shared.StartupStep;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Loads and starts the built-in and installed plugins, before any community's configuration names them. */
@ApplicationScoped
public class PluginsStartup implements StartupStep {

    @Inject
    PluginHost host;

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void run() {
        host.start();
    }
}
