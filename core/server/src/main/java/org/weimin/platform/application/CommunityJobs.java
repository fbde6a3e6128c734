package org.weimin.platform.application;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.weimin.tenancy.application.CommunityAdministration;
import org.weimin.tenancy.application.TenantScope;
import org.weimin.tenancy.model.Community;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Scheduled work done community by community, on the one instance holding the job's lease (held for most of the interval
 * and renewed on the next run, so another instance takes over only once the holder has died). Runs on the container's
 * managed scheduler, looked up when the platform starts because only the web module's start-up reaches its naming
 * environment. One community's trouble is logged and does not keep the others' work from being done.
 */
@ApplicationScoped
public class CommunityJobs {

    private static final Logger LOG = Logger.getLogger(CommunityJobs.class.getName());

    @Inject
    JobLeases leases;

    @Inject
    CommunityAdministration communities;

    /** @param job the job's lease row (inserted by its migration) */
    public void schedule(String job, Duration firstAfter, Duration interval, Consumer<CommunityId> work) throws javax.naming.NamingException {
        var scheduler = (ManagedScheduledExecutorService) new javax.naming.InitialContext()
                .lookup("java:comp/DefaultManagedScheduledExecutorService");
        scheduler.scheduleAtFixedRate(() -> runOnce(job, interval, work), firstAfter.toSeconds(), interval.toSeconds(), TimeUnit.SECONDS);
    }

    void runOnce(String job, Duration interval, Consumer<CommunityId> work) {
        try {
            if (!leases.take(job, interval.multipliedBy(9).dividedBy(10))) {
                return;
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the lease of " + job + " could not be taken; will try again", e);
            return;
        }
        for (Community community : communities.all()) {
            if (!community.isActive()) {
                continue;
            }
            try {
                TenantScope.runAs(community.id(), () -> work.accept(community.id()));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, job + " failed for " + community.id() + "; will try again", e);
            }
        }
    }
}
