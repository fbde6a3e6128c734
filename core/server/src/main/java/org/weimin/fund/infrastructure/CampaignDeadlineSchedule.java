package org.weimin.fund.infrastructure;

import java.time.Duration;
import java.util.UUID;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.weimin.fund.application.CampaignDeadlines;
import org.weimin.platform.application.CommunityJobs;
import org.weimin.shared.StartupStep;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Ends, every minute or so, the crowdfunding campaigns past their deadline, on the one instance holding the job's lease. */
@ApplicationScoped
public class CampaignDeadlineSchedule implements StartupStep {

    static final String JOB = "fund.campaign-deadlines";
    private static final Logger LOG = Logger.getLogger(CampaignDeadlineSchedule.class.getName());

    @Inject
    CampaignDeadlines deadlines;

    @Inject
    CommunityJobs jobs;

    @Inject
    @ConfigProperty(name = "weimin.fund.campaign-check-interval", defaultValue = "PT1M")
    Duration interval;

    @Override
    public int order() {
        return 33;
    }

    @Override
    public void run() throws javax.naming.NamingException {
        jobs.schedule(JOB, interval, interval, this::runFor);
    }

    private void runFor(CommunityId community) {
        for (UUID campaign : deadlines.due(community)) {
            if (deadlines.endIfOverdue(community, campaign)) {
                LOG.info(() -> "the crowdfunding campaign " + campaign + " of " + community + " missed its target; refunded");
            }
        }
    }
}
