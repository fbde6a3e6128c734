package org.weimin.wish.infrastructure;

import java.time.Duration;
import java.util.UUID;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.weimin.platform.application.CommunityJobs;
import org.weimin.shared.StartupStep;
import org.weimin.tenancy.model.CommunityId;
import org.weimin.wish.application.LapseClaims;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Checks every few minutes for claims that missed their deadlines, on the one instance holding the job's lease. */
@ApplicationScoped
public class LapseSchedule implements StartupStep {

    static final String JOB = "wishes.lapse-claims";
    private static final Logger LOG = Logger.getLogger(LapseSchedule.class.getName());

    @Inject
    LapseClaims lapses;

    @Inject
    CommunityJobs jobs;

    @Inject
    @ConfigProperty(name = "weimin.wishes.lapse-interval", defaultValue = "PT5M")
    Duration interval;

    @Override
    public int order() {
        return 31;
    }

    @Override
    public void run() throws javax.naming.NamingException {
        jobs.schedule(JOB, interval, interval, this::runFor);
    }

    private void runFor(CommunityId community) {
        int lapsed = 0;
        for (UUID claim : lapses.due(community)) {
            lapsed += lapses.lapse(community, claim) ? 1 : 0;
        }
        int total = lapsed;
        if (total > 0) {
            LOG.info(() -> total + " claims lapsed back to the wish wall of " + community);
        }
    }
}
