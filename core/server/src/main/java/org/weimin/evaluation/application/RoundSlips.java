package org.weimin.evaluation.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.weimin.evaluation.model.EvaluationRound;
import org.weimin.evaluation.model.EvaluationRoundRepository;
import org.weimin.evaluation.model.VotingSlip;
import org.weimin.grid.application.Households;
import org.weimin.identity.application.InCommunity;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Permission;
import org.weimin.tenancy.application.CommunityDirectory;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The cadre prints a voting slip for every household that has not voted, for grid workers to hand out. Printing
 * again replaces those slips (a lost slip is reprinted; the old code stops working); households that voted get none.
 */
@ApplicationScoped
public class RoundSlips {

    /** One household's slip: its reference and the one-time code, shown only now. */
    public record Slip(String household, String code) {
    }

    @Inject
    EvaluationRoundRepository rounds;

    @Inject
    Households households;

    @Inject
    CommunityDirectory communities;

    @Inject
    Clock clock;

    @InCommunity
    @Transactional
    public List<Slip> print(CommunityId community, Caller caller, UUID roundId) {
        caller.require(Permission.MANAGE_COMMUNITY, EvaluationRounds.RUN_BY_CADRE);
        EvaluationRound round = EvaluationRounds.locked(rounds, roundId);
        round.requireCollecting(EvaluationRounds.today(communities, community, clock));
        Instant now = clock.instant();
        List<Slip> slips = new ArrayList<>();
        java.util.Set<UUID> voted = rounds.votedHouseholds(roundId);
        Map<UUID, VotingSlip> printed = rounds.slips(roundId);
        for (Map.Entry<UUID, String> household : households.all().entrySet()) {
            if (voted.contains(household.getKey())) {
                continue;
            }
            VotingSlip slip = printed.get(household.getKey());
            if (slip == null) {
                slip = new VotingSlip(roundId, household.getKey());
                slips.add(new Slip(household.getValue(), slip.issue(now)));
                rounds.add(slip);
            } else {
                slips.add(new Slip(household.getValue(), slip.issue(now)));
            }
        }
        return slips;
    }
}
