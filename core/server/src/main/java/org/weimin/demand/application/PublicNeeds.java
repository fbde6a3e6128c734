package org.weimin.demand.application;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.Collection;
import java.util.List;

import org.weimin.demand.model.Demand;
import org.weimin.demand.model.DemandFilter;
import org.weimin.demand.model.DemandOrder;
import org.weimin.demand.model.DemandRepository;
import org.weimin.demand.model.DemandStatus;
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

    @Inject
    Clock clock;

    /**
     * The community's public board: the needs its residents made public, newest first, for anyone to read
     * (the place at building level only, no names) and for neighbours to support.
     */
    @InCommunity
    @Transactional
    public DemandViews.Page board(CommunityId community, int offset, int limit) {
        int from = Math.max(0, offset);
        int size = Math.min(Math.max(1, limit), 100);
        Set<DemandStatus> shown = EnumSet.complementOf(EnumSet.of(DemandStatus.MERGED));
        DemandFilter filter = new DemandFilter(shown, null, null, null, Set.of(), null, false, null, null, true, DemandOrder.NEWEST);
        Instant now = clock.instant();
        List<DemandViews.Summary> items = demands.page(filter, now, from, size).stream()
                .map(d -> DemandViews.Summary.of(d, now, false, false)).toList();
        return new DemandViews.Page(items, demands.count(filter, now), from, size);
    }

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
