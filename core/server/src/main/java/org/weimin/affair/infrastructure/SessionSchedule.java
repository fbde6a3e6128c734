package org.weimin.affair.infrastructure;

import java.time.Duration;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.weimin.affair.application.HandlingSessions;
import org.weimin.platform.application.CommunityJobs;
import org.weimin.shared.StartupStep;
import org.weimin.tenancy.model.CommunityId;

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
    CommunityJobs jobs;

    @Inject
    @ConfigProperty(name = "weimin.affairs.session-interval", defaultValue = "PT1H")
    Duration interval;

    @Override
    public int order() {
        return 32;
    }

    @Override
    public void run() throws javax.naming.NamingException {
        jobs.schedule(JOB, Duration.ofMinutes(1), interval, this::runFor);
    }

    private void runFor(CommunityId community) {
        int moved = sessions.prepareNext(community);
        if (moved > 0) {
            LOG.info(() -> moved + " affairs carried over to the next handling session of " + community);
        }
    }
}
