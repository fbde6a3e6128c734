package org.weimin.demand.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.weimin.demand.model.Demand;
import org.weimin.demand.model.DemandEvent;
import org.weimin.identity.application.InCommunity;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Permission;
import org.weimin.shared.ForbiddenActionException;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Runs one named action on one need, in its own transaction: checks who may do it, applies it, records what
 * it did on the timeline and answers with the need as the actor now sees it.
 */
@ApplicationScoped
public class NeedActions {

    /** What an action does to a need, given who does it and when. */
    @FunctionalInterface
    public interface Action {
        List<DemandEvent> apply(Demand demand, String actor, Instant now);
    }

    /** Who may take an action. */
    public enum Actor {
        /** The community's staff. */
        STAFF,
        /** The resident who raised the need. */
        SUBMITTER
    }

    @Inject
    NeedAccess access;

    @Inject
    NeedDetails details;

    @Inject
    NeedTimeline timeline;

    @Inject
    Clock clock;

    @InCommunity
    @Transactional
    public DemandViews.Detail take(CommunityId community, Caller caller, UUID demandId, Actor actor, Action action) {
        if (actor == Actor.STAFF) {
            caller.require(Permission.TRIAGE_NEEDS, "only the community's staff handle needs");
        }
        NeedAccess.Viewer viewer = access.viewer(caller);
        Demand demand = access.visible(viewer, demandId);
        if (actor == Actor.SUBMITTER && !viewer.raised(demand)) {
            throw new ForbiddenActionException("only the resident who raised this need can do that");
        }
        timeline.record(action.apply(demand, caller.username(), clock.instant()));
        details.markSeen(viewer, demand);
        return details.of(viewer, demand);
    }
}
