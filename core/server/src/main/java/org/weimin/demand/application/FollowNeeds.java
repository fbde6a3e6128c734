package org.weimin.demand.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.weimin.demand.model.Demand;
import org.weimin.demand.model.DemandFilter;
import org.weimin.demand.model.DemandRepository;
import org.weimin.demand.model.DemandSeen;
import org.weimin.demand.model.DemandSeenRepository;
import org.weimin.identity.application.InCommunity;
import org.weimin.identity.model.Caller;
import org.weimin.platform.application.RetriedOnClash;
import org.weimin.shared.ForbiddenActionException;
import org.weimin.shared.NotFoundException;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Reading needs: staff work through the inbox, residents follow their own (and the public board), and
 * whoever opens a need sees it as they may.
 */
@ApplicationScoped
public class FollowNeeds {

    @Inject
    NeedAccess access;

    @Inject
    NeedDetails details;

    @Inject
    DemandRepository demands;

    @Inject
    DemandSeenRepository seen;

    @Inject
    Clock clock;

    @InCommunity
    @Transactional
    public DemandViews.Page inbox(CommunityId community, Caller caller, DemandFilter filter, int offset, int limit) {
        int from = Math.max(0, offset);
        int size = Math.min(Math.max(1, limit), 200);
        Instant now = clock.instant();
        NeedAccess.Viewer viewer = access.viewer(caller);
        DemandFilter scoped = scoped(caller, filter, () -> viewer);
        List<Demand> found = demands.page(scoped, now, from, size);
        Map<UUID, Instant> seenAt = scoped.submitter() == null ? Map.of()
                : seen.seen(scoped.submitter(), found.stream().map(Demand::id).toList()).stream()
                        .collect(Collectors.toMap(DemandSeen::demandId, DemandSeen::seenAt));
        List<DemandViews.Summary> items = found.stream().map(d -> DemandViews.Summary.of(d, now, scoped.submitter() != null
                && d.updatedAt().isAfter(seenAt.getOrDefault(d.id(), d.submittedAt())),
                viewer.seesEverything() || viewer.raised(d))).toList();
        return new DemandViews.Page(items, demands.count(scoped, now), from, size);
    }

    /** How many needs the inbox (or a resident's list) holds under a filter, without loading any. */
    @InCommunity
    @Transactional
    public long count(CommunityId community, Caller caller, DemandFilter filter) {
        return demands.count(scoped(caller, filter, () -> access.viewer(caller)), clock.instant());
    }

    /** How many of the caller's own needs changed since they last opened them. */
    @InCommunity
    @Transactional
    public long news(CommunityId community, Caller caller) {
        UUID me = access.viewer(caller).accountId();
        return me == null ? 0 : seen.withNews(me);
    }

    /** One need found by the reference residents and integrators are told (D261201-K7P2QXM). */
    @RetriedOnClash
    @InCommunity
    @Transactional
    public DemandViews.Detail detailByReference(CommunityId community, Caller caller, String reference) {
        return open(caller, demands.idByReference(reference).orElseThrow(() -> new NotFoundException("no need " + reference + " here")));
    }

    @RetriedOnClash
    @InCommunity
    @Transactional
    public DemandViews.Detail detail(CommunityId community, Caller caller, UUID demandId) {
        return open(caller, demandId);
    }

    private DemandViews.Detail open(Caller caller, UUID demandId) {
        NeedAccess.Viewer viewer = access.viewer(caller);
        Demand demand = access.visible(viewer, demandId);
        details.markSeen(viewer, demand);
        return details.of(viewer, demand);
    }

    /** A resident's list is their own needs, unless they look at the public board. */
    private DemandFilter scoped(Caller caller, DemandFilter filter, Supplier<NeedAccess.Viewer> viewer) {
        if (!NeedAccess.isStaff(caller) && caller.community().isPresent() && !filter.publicOnly()) {
            UUID me = viewer.get().accountId();
            if (me == null) {
                throw new ForbiddenActionException("this sign-in has no account in the community any more");
            }
            return filter.ofSubmitter(me);
        }
        return filter;
    }
}
