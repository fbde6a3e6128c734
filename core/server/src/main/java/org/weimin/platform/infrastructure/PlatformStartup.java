package org.weimin.platform.infrastructure;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.weimin.config.application.TenantConfigService;
import org.weimin.plugin.infrastructure.PluginHost;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Brings the schema up to date, starts the plugins, then applies the communities' configuration. The web module calls
 * {@link #start()} from its context listener: only there does Payara give the work the web module's naming
 * environment, which the container-managed EntityManager needs.
 */
@ApplicationScoped
public class PlatformStartup {

    private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());

    @Inject
    @ConfigProperty(name = "weimin.db.url")
    String url;

    @Inject
    @ConfigProperty(name = "weimin.db.user")
    String user;

    @Inject
    @ConfigProperty(name = "weimin.db.password")
    String password;

    @Inject
    @ConfigProperty(name = "weimin.db.migration.user")
    String migrationUser;

    @Inject
    @ConfigProperty(name = "weimin.db.migration.password")
    String migrationPassword;

    @Inject
    @ConfigProperty(name = "weimin.db.migration.stale-lock-after", defaultValue = "PT10M")
    Duration staleLockAfter;

    @Inject
    @ConfigProperty(name = "weimin.public-url", defaultValue = "http://localhost:8080/")
    String publicUrl;

    @Inject
    TenantConfigService tenantConfig;

    @Inject
    PluginHost plugins;

    private volatile boolean ready;
    private volatile String failure;

    public void start() {
        try {
            new SchemaMigrator(url, migrationUser, migrationPassword, user, staleLockAfter).migrate();
            plugins.start();
            tenantConfig.applyAll();
            ready = true;
            LOG.info(() -> "微民生 platform ready: open " + publicUrl);
        } catch (Exception | LinkageError e) {
            failure = e.getMessage();
            LOG.log(Level.SEVERE, "the platform could not start: " + e.getMessage(), e);
        }
    }

    public boolean isReady() {
        return ready;
    }

    public String failure() {
        return failure;
    }
}
