package org.weimin.demand.infrastructure;

import java.time.Duration;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.weimin.demand.application.CloseUnconfirmed;
import org.weimin.platform.application.CommunityJobs;
import org.weimin.shared.StartupStep;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Resolved needs whose residents never answer are closed after each community's period, on the one instance holding the job's lease. */
@ApplicationScoped
public class AutoCloseSchedule implements StartupStep {

    static final String JOB = "demands.auto-close";
    private static final Logger LOG = Logger.getLogger(AutoCloseSchedule.class.getName());

    @Inject
    CloseUnconfirmed unconfirmed;

    @Inject
    CommunityJobs jobs;

    @Inject
    @ConfigProperty(name = "weimin.demands.auto-close-interval", defaultValue = "PT30M")
    Duration interval;

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void run() throws javax.naming.NamingException {
        jobs.schedule(JOB, interval, interval, this::runFor);
    }

    private void runFor(CommunityId community) {
        int closed = unconfirmed.closeDue(community);
        if (closed > 0) {
            LOG.info(() -> closed + " resolved needs of " + community + " closed automatically");
        }
    }
}
