package org.weimin.demand.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.weimin.demand.model.Demand;
import org.weimin.demand.model.DemandRepository;
import org.weimin.demand.model.ServiceCategory;
import org.weimin.identity.application.InCommunity;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** What anyone may read of a community's needs without signing in: those raised through a public channel or made public. */
@ApplicationScoped
public class PublicNeeds {

    @Inject
    DemandRepository demands;

    /**
     * @param channel the public channel whose needs are all shown
     * @param references only these, when not empty
     * @param open true for open needs only, false for finished ones only, null for both
     */
    @InCommunity
    @Transactional
    public List<Demand> find(CommunityId community, String channel, Collection<String> references, ServiceCategory category,
                             Instant from, Instant to, Boolean open, int limit) {
        return demands.publicRequests(channel, references, category, from, to, open, limit);
    }
}
