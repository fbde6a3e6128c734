package org.weimin.demand.infrastructure;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.weimin.demand.application.CloseUnconfirmed;
import org.weimin.platform.application.JobLeases;
import org.weimin.tenancy.application.TenantScope;
import org.weimin.shared.StartupStep;
import org.weimin.tenancy.application.CommunityAdministration;
import org.weimin.tenancy.model.Community;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Resolved needs whose residents never answer are closed after each community's period. Runs on the
 * container's managed scheduler, looked up when the platform starts because only the web module's start-up
 * reaches its naming environment. Only the instance holding the job's lease closes needs.
 */
@ApplicationScoped
public class AutoCloseSchedule implements StartupStep {

    private static final Logger LOG = Logger.getLogger(AutoCloseSchedule.class.getName());

    @Inject
    CloseUnconfirmed unconfirmed;

    @Inject
    CommunityAdministration communities;

    @Inject
    JobLeases leases;

    @Inject
    @ConfigProperty(name = "weimin.demands.auto-close-interval", defaultValue = "PT30M")
    Duration interval;

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void run() throws javax.naming.NamingException {
        var scheduler = (ManagedScheduledExecutorService) new javax.naming.InitialContext()
                .lookup("java:comp/DefaultManagedScheduledExecutorService");
        scheduler.scheduleAtFixedRate(this::closeUnanswered, interval.toMinutes(), interval.toMinutes(), TimeUnit.MINUTES);
    }

    private void closeUnanswered() {
        try {
            if (!leases.take("demands.auto-close", interval.multipliedBy(9).dividedBy(10))) {
                return;
            }
            int closed = 0;
            for (Community community : communities.all()) {
                if (community.isActive()) {
                    closed += TenantScope.callAs(community.id(), () -> unconfirmed.closeDue(community.id()));
                }
            }
            int total = closed;
            if (total > 0) {
                LOG.info(() -> total + " resolved needs closed automatically");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "closing resolved needs automatically failed; will try again", e);
        }
    }
}
