package org.weimin.wish.infrastructure;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.weimin.platform.application.JobLeases;
import org.weimin.shared.StartupStep;
import org.weimin.tenancy.application.CommunityAdministration;
import org.weimin.tenancy.application.TenantScope;
import org.weimin.tenancy.model.Community;
import org.weimin.wish.application.LapseClaims;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Checks every few minutes for claims that missed their deadlines, on the one instance holding the job's lease.
 * The lease is held for most of the interval and renewed by the instance on its next run.
 */
@ApplicationScoped
public class LapseSchedule implements StartupStep {

    static final String JOB = "wishes.lapse-claims";
    private static final Logger LOG = Logger.getLogger(LapseSchedule.class.getName());

    @Inject
    LapseClaims lapses;

    @Inject
    CommunityAdministration communities;

    @Inject
    JobLeases leases;

    @Inject
    @ConfigProperty(name = "weimin.wishes.lapse-interval", defaultValue = "PT5M")
    Duration interval;

    @Override
    public int order() {
        return 31;
    }

    @Override
    public void run() throws javax.naming.NamingException {
        var scheduler = (ManagedScheduledExecutorService) new javax.naming.InitialContext()
                .lookup("java:comp/DefaultManagedScheduledExecutorService");
        scheduler.scheduleAtFixedRate(this::lapseDue, interval.toSeconds(), interval.toSeconds(), TimeUnit.SECONDS);
    }

    private void lapseDue() {
        try {
            if (!leases.take(JOB, interval.multipliedBy(9).dividedBy(10))) {
                return;
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the lease of the claim check could not be taken; will try again", e);
            return;
        }
        for (Community community : communities.all()) {
            if (!community.isActive()) {
                continue;
            }
            try {
                int lapsed = 0;
                for (UUID claim : TenantScope.callAs(community.id(), () -> lapses.due(community.id()))) {
                    lapsed += TenantScope.callAs(community.id(), () -> lapses.lapse(community.id(), claim)) ? 1 : 0;
                }
                int total = lapsed;
                if (total > 0) {
                    LOG.info(() -> total + " claims lapsed back to the wish wall of " + community.id());
                }
            } catch (RuntimeException e) {
                // One community's trouble does not keep the others' claims from being checked.
                LOG.log(Level.WARNING, "checking the claims of " + community.id() + " failed; will try again", e);
            }
        }
    }
}
