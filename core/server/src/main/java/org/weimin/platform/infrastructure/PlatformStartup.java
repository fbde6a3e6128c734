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

    @Inject
    org.weimin.demand.application.DemandService demands;

    @Inject
    org.weimin.tenancy.application.CommunityAdministration communities;

    @Inject
    @ConfigProperty(name = "weimin.demands.auto-close-interval", defaultValue = "PT30M")
    Duration autoCloseInterval;

    private volatile boolean ready;
    private volatile String failure;

    public void start() {
        try {
            new SchemaMigrator(url, migrationUser, migrationPassword, user, staleLockAfter).migrate();
            plugins.start();
            tenantConfig.applyAll();
            scheduleAutoClose();
            ready = true;
            LOG.info(() -> "微民生 platform ready: open " + publicUrl);
        } catch (Exception | LinkageError e) {
            failure = e.getMessage();
            LOG.log(Level.SEVERE, "the platform could not start: " + e.getMessage(), e);
        }
    }

    /**
     * Resolved needs whose residents never answer are closed after each community's period. Runs on the
     * container's managed scheduler, which is looked up here because only the web module's start-up
     * reaches its naming environment.
     */
    private void scheduleAutoClose() throws javax.naming.NamingException {
        var scheduler = (jakarta.enterprise.concurrent.ManagedScheduledExecutorService)
                new javax.naming.InitialContext().lookup("java:comp/DefaultManagedScheduledExecutorService");
        scheduler.scheduleAtFixedRate(() -> {
            try {
                int closed = demands.autoCloseEverywhere(communities.all().stream()
                        .filter(org.weimin.tenancy.model.Community::isActive).map(org.weimin.tenancy.model.Community::id).toList());
                if (closed > 0) {
                    LOG.info(() -> closed + " resolved needs closed automatically");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "closing resolved needs automatically failed; will try again", e);
            }
        }, autoCloseInterval.toMinutes(), autoCloseInterval.toMinutes(), java.util.concurrent.TimeUnit.MINUTES);
    }

    public boolean isReady() {
        return ready;
    }

    public String failure() {
        return failure;
    }
}
