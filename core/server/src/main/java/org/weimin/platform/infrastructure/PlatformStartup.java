package org.weimin.platform.infrastructure;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.weimin.shared.StartupStep;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * Brings the schema up to date, then runs every context's start-up steps in their order (plugins, the
 * communities' configuration, scheduled jobs). The web module calls
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
    @Any
    Instance<StartupStep> steps;

    private volatile boolean ready;
    private volatile String failure;

    public void start() {
        try {
            new SchemaMigrator(url, migrationUser, migrationPassword, user, staleLockAfter).migrate();
            List<StartupStep> ordered = steps.stream().sorted(Comparator.comparingInt(StartupStep::order)).toList();
            for (StartupStep step : ordered) {
                step.run();
            }
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
