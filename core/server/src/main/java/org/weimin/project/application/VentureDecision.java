package org.weimin.project.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.weimin.fund.application.ProjectFunding;
import org.weimin.identity.application.InCommunity;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Permission;
import org.weimin.platform.application.RetriedOnClash;
import org.weimin.project.model.Project;
import org.weimin.project.model.ProjectRepository;
import org.weimin.project.model.VentureCall;
import org.weimin.project.model.VentureRanking;
import org.weimin.project.model.VentureRepository;
import org.weimin.project.model.VentureResult;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The cadre decides a fully scored call: the ranking is published as it stands (the vote ends), each winner's request is
 * committed from the fund the cadre chooses and its project is under way, and the others are told their place. When the
 * fund cannot afford the winners, nothing is decided.
 */
@ApplicationScoped
public class VentureDecision {

    @Inject
    VentureRepository ventures;

    @Inject
    ProjectRepository projects;

    @Inject
    VentureStandings standings;

    @Inject
    ProjectFunding funding;

    @Inject
    Clock clock;

    /** @param fundId the fund to commit the winners' requests from; null for the subsidy pool */
    @RetriedOnClash
    @InCommunity
    @Transactional
    public VentureViews.Call decide(CommunityId community, Caller caller, UUID callId, UUID fundId) {
        caller.require(Permission.MANAGE_COMMUNITY, VentureCalls.RUN_BY_CADRE);
        VentureCall call = VentureCalls.locked(ventures, callId);
        Instant now = clock.instant();
        VentureStandings.Standing standing = standings.of(call);
        List<VentureResult> results = call.decide(standing.contenders(), standing.scoredBy(), caller.username(), now);
        ventures.addResults(results);
        for (VentureResult result : results) {
            Project proposal = projects.lock(result.proposalId()).orElseThrow();
            String place = "公益创投「" + call.theme() + "」第 " + result.rank() + " 名，综合得分 " + result.combinedScore().toPlainString();
            if (result.outcome() == VentureRanking.Outcome.FUNDED) {
                long request = proposal.award(caller.username(), place, now);
                funding.commit(community, proposal.id(), proposal.title(), request, fundId, caller.username(), place + "：" + proposal.title());
            } else {
                proposal.passOver(caller.username(), place + "，剩余预算不足以资助其申请", now);
            }
        }
        return standings.shown(call);
    }
}
