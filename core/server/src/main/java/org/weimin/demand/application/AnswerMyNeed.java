package org.weimin.demand.application;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.weimin.demand.application.NeedActions.Actor;
import org.weimin.demand.model.Demand;
import org.weimin.demand.model.Supporter;
import org.weimin.demand.model.SupporterRepository;
import org.weimin.identity.application.InCommunity;
import org.weimin.identity.model.Caller;
import org.weimin.shared.ConflictException;
import org.weimin.shared.ForbiddenActionException;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** What residents answer: the one who raised a need confirms or reopens it; others say they have it too. */
@ApplicationScoped
@InCommunity
public class AnswerMyNeed {

    @Inject
    NeedActions actions;

    @Inject
    NeedAccess access;

    @Inject
    NeedDetails details;

    @Inject
    NeedTimeline timeline;

    @Inject
    SupporterRepository supporters;

    @Inject
    Clock clock;

    /** The resident who raised the need says it is solved. */
    public DemandViews.Detail confirm(CommunityId community, Caller caller, UUID demandId) {
        return actions.take(community, caller, demandId, Actor.SUBMITTER, (d, actor, now) -> d.confirm(actor, now));
    }

    /** The resident who raised the need says it is not solved. */
    public DemandViews.Detail reopen(CommunityId community, Caller caller, UUID demandId, String why) {
        return actions.take(community, caller, demandId, Actor.SUBMITTER, (d, actor, now) -> d.reopen(actor, why, now));
    }

    /** "I have this need too": counted once per resident, on public needs of others. */
    @Transactional
    public DemandViews.Detail support(CommunityId community, Caller caller, UUID demandId) {
        NeedAccess.Viewer viewer = access.viewer(caller);
        Demand demand = access.visible(viewer, demandId);
        UUID me = viewer.accountId();
        if (me == null) {
            throw new ForbiddenActionException("only residents of this community can support a need");
        }
        if (me.equals(demand.submitterAccountId())) {
            throw new ConflictException("this is your own need");
        }
        if (supporters.supports(demandId, me)) {
            throw new ConflictException("you already support this need");
        }
        Instant now = clock.instant();
        supporters.add(new Supporter(demandId, me, now));
        timeline.record(demand.supportedBy(caller.username(), now));
        return details.of(viewer, demand);
    }
}
