package org.weimin.demand.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.weimin.demand.model.DeadlinePolicy;
import org.weimin.demand.model.DeadlineRepository;
import org.weimin.demand.model.Demand;
import org.weimin.demand.model.DemandRepository;
import org.weimin.identity.application.InCommunity;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Resolved needs whose residents did not answer within the community's period are closed by the system. */
@ApplicationScoped
public class CloseUnconfirmed {

    static final int BATCH = 200;

    @Inject
    DemandRepository demands;

    @Inject
    DeadlineRepository deadlines;

    @Inject
    NeedTimeline timeline;

    @Inject
    Clock clock;

    /** @return how many needs it closed (at most one batch) */
    @InCommunity
    @Transactional
    public int closeDue(CommunityId community) {
        Instant now = clock.instant();
        DeadlinePolicy policy = deadlines.policy();
        List<Demand> due = demands.resolvedBefore(now.minus(policy.autoCloseAfter()), BATCH);
        for (Demand demand : due) {
            timeline.record(demand.closeUnconfirmed(policy.autoCloseAfter(), now));
        }
        return due.size();
    }
}
