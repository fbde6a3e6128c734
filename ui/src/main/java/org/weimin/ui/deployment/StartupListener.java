package org.weimin.ui.deployment;

import org.weimin.platform.infrastructure.PlatformStartup;
import org.weimin.plugin.infrastructure.PluginCalls;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Sets the session cookie up (SameSite=Lax, Secure behind https), migrates the schema and applies
 * tenants-config/ as the web application starts. Defines the managed executor plugin code runs on: up to 64
 * calls at once, a call that runs past the time limit is abandoned (and reported hung after a minute).
 */
@WebListener
@ManagedExecutorDefinition(name = PluginCalls.EXECUTOR, maxAsync = 64, hungTaskThreshold = 60_000)
public class StartupListener implements ServletContextListener {

    @Inject
    PlatformStartup startup;

    @Inject
    @ConfigProperty(name = "weimin.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        var cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setAttribute("SameSite", "Lax");
        cookie.setSecure(publicUrl.startsWith("https:"));
        startup.start();
    }
}
