package org.weimin.ui.deployment;

import org.weimin.platform.infrastructure.PlatformStartup;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/** Migrates the schema and applies tenants-config/ as the web application starts. */
@WebListener
public class StartupListener implements ServletContextListener {

    @Inject
    PlatformStartup startup;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        startup.start();
    }
}
