package org.weimin.fund.application;

import java.time.Clock;

import org.weimin.fund.model.CampaignRepository;
import org.weimin.fund.model.CommunityMatchRules;
import org.weimin.fund.model.MatchRules;
import org.weimin.identity.application.InCommunity;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Permission;
import org.weimin.platform.application.Required;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The match rules of a community (1:1 until its cadre sets others); campaigns already open keep the rules they opened with. */
@ApplicationScoped
public class MatchSettings {

    @Inject
    CampaignRepository campaigns;

    @Inject
    Clock clock;

    @InCommunity
    @Transactional
    public FundViews.Rules current(CommunityId community, Caller caller) {
        caller.require(Permission.TRIAGE_NEEDS, "only the community's staff read the match rules");
        return FundViews.Rules.of(rules());
    }

    @InCommunity
    @Transactional
    public FundViews.Rules change(CommunityId community, Caller caller, @Required(message = "is missing: give the match rules") MatchRules wanted) {
        caller.require(Permission.MANAGE_COMMUNITY, "only the community's cadre sets how the subsidy matches donations");
        campaigns.matchRules().ifPresentOrElse(r -> r.change(wanted, caller.username(), clock.instant()),
                () -> campaigns.add(new CommunityMatchRules(wanted, caller.username(), clock.instant())));
        return FundViews.Rules.of(wanted);
    }

    MatchRules rules() {
        return campaigns.matchRules().map(CommunityMatchRules::rules).orElse(MatchRules.ONE_TO_ONE);
    }
}
