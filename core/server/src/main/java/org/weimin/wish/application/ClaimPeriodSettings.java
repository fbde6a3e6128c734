package org.weimin.wish.application;

import java.time.Clock;

import org.weimin.identity.application.InCommunity;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Permission;
import org.weimin.platform.application.Required;
import org.weimin.tenancy.model.CommunityId;
import org.weimin.wish.model.ClaimPeriods;
import org.weimin.wish.model.ClaimPeriodsRepository;
import org.weimin.wish.model.CommunityClaimPeriods;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The days a claimer has to first contact the resident and to fulfil a wish, as the community's cadre sets them. */
@ApplicationScoped
public class ClaimPeriodSettings {

    @Inject
    ClaimPeriodsRepository periods;

    @Inject
    Clock clock;

    @InCommunity
    @Transactional
    public ClaimPeriods current(CommunityId community, Caller caller) {
        return periods.periods();
    }

    /** New claims get the new periods; claims already made keep the deadlines they were given. */
    @InCommunity
    @Transactional
    public ClaimPeriods change(CommunityId community, Caller caller,
                               @Required(message = "is missing: give contactWithinDays and fulfilWithinDays") ClaimPeriods wanted) {
        caller.require(Permission.MANAGE_COMMUNITY, "only the community's cadres set the claim periods");
        periods.current().ifPresentOrElse(p -> p.change(wanted, clock.instant()),
                () -> periods.add(new CommunityClaimPeriods(wanted, clock.instant())));
        return periods.periods();
    }
}
