package org.weimin.demand.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.weimin.demand.application.NeedActions.Actor;
import org.weimin.demand.model.Demand;
import org.weimin.demand.model.DemandRepository;
import org.weimin.demand.model.DemandStatus;
import org.weimin.demand.model.DuplicateFinder;
import org.weimin.demand.model.IllegalTransitionException;
import org.weimin.identity.application.InCommunity;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Permission;
import org.weimin.platform.application.Required;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Staff fold needs that ask for the same into one, and undo it when they were wrong. */
@ApplicationScoped
@InCommunity
public class MergeNeeds {

    @Inject
    NeedActions actions;

    @Inject
    NeedAccess access;

    @Inject
    DemandRepository demands;

    @Inject
    Clock clock;

    /** Needs that probably ask for the same as this one, for staff to merge. */
    @Transactional
    public List<DemandViews.Similar> similar(CommunityId community, Caller caller, UUID demandId) {
        caller.require(Permission.TRIAGE_NEEDS, "only the community's staff merge needs");
        Demand need = access.need(demandId);
        Instant now = clock.instant();
        List<Demand> recent = demands.openSince(need.submittedAt().minus(DuplicateFinder.WINDOW), 500);
        return DuplicateFinder.candidates(need, recent).stream()
                .map(c -> new DemandViews.Similar(DemandViews.Summary.of(c.demand(), now), c.similarity())).toList();
    }

    /** Folds a need into another that asks for the same; its resident counts for the survivor. */
    public DemandViews.Detail merge(CommunityId community, Caller caller, UUID demandId,
                                    @Required(message = "is missing: say which need to merge into") UUID into) {
        return actions.take(community, caller, demandId, Actor.STAFF,
                (d, actor, now) -> d.mergeInto(access.need(into), actor, now));
    }

    /** Undoes a merge: the need returns to the library on its own. */
    public DemandViews.Detail split(CommunityId community, Caller caller, UUID demandId) {
        return actions.take(community, caller, demandId, Actor.STAFF, (d, actor, now) -> {
            if (d.mergedInto() == null) {
                throw new IllegalTransitionException(d.status(), DemandStatus.SUBMITTED);
            }
            return d.splitFrom(access.need(d.mergedInto()), actor, now);
        });
    }
}
