package org.weimin.affair.infrastructure;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.weimin.affair.application.HandlingSessions;
import org.weimin.platform.application.JobLeases;
import org.weimin.shared.StartupStep;
import org.weimin.tenancy.application.CommunityAdministration;
import org.weimin.tenancy.application.TenantScope;
import org.weimin.tenancy.model.Community;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Prepares every community's next handling session and carries what the last one left undecided onto it, on the
 * one instance holding the job's lease.
 */
@ApplicationScoped
public class SessionSchedule implements StartupStep {

    static final String JOB = "affairs.sessions";
    private static final Logger LOG = Logger.getLogger(SessionSchedule.class.getName());

    @Inject
    HandlingSessions sessions;

    @Inject
    CommunityAdministration communities;

    @Inject
    JobLeases leases;

    @Inject
    @ConfigProperty(name = "weimin.affairs.session-interval", defaultValue = "PT1H")
    Duration interval;

    @Override
    public int order() {
        return 32;
    }

    @Override
    public void run() throws javax.naming.NamingException {
        var scheduler = (ManagedScheduledExecutorService) new javax.naming.InitialContext()
                .lookup("java:comp/DefaultManagedScheduledExecutorService");
        scheduler.scheduleAtFixedRate(this::prepare, 1, interval.toMinutes(), TimeUnit.MINUTES);
    }

    private void prepare() {
        try {
            if (!leases.take(JOB, interval.multipliedBy(9).dividedBy(10))) {
                return;
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the lease of the handling sessions could not be taken; will try again", e);
            return;
        }
        for (Community community : communities.all()) {
            if (!community.isActive()) {
                continue;
            }
            try {
                int moved = TenantScope.callAs(community.id(), () -> sessions.prepareNext(community.id()));
                if (moved > 0) {
                    LOG.info(() -> moved + " affairs carried over to the next handling session of " + community.id());
                }
            } catch (RuntimeException e) {
                // One community's trouble does not keep the others' sessions from being prepared.
                LOG.log(Level.WARNING, "preparing the handling session of " + community.id() + " failed; will try again", e);
            }
        }
    }
}
