package org.weimin.ui.deployment;

import org.weimin.platform.infrastructure.PlatformStartup;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Sets the session cookie up (SameSite=Lax, Secure behind https), migrates the schema and applies
 * tenants-config/ as the web application starts.
 */
@WebListener
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
