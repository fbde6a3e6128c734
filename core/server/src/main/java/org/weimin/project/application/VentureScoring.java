package org.weimin.project.application;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.weimin.identity.application.InCommunity;
import org.weimin.identity.model.Caller;
import org.weimin.platform.application.RetriedOnClash;
import org.weimin.project.model.Project;
import org.weimin.project.model.ProjectRepository;
import org.weimin.project.model.ScoreSheet;
import org.weimin.project.model.VentureCall;
import org.weimin.project.model.VentureRepository;
import org.weimin.shared.InvalidInputException;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** An expert of a call's panel scores its proposals, criterion by criterion, and reads back the sheets they gave. */
@ApplicationScoped
public class VentureScoring {

    @Inject
    VentureRepository ventures;

    @Inject
    ProjectRepository projects;

    @Inject
    Clock clock;

    /** @return the expert's sheets in this call: points per criterion, by proposal */
    @RetriedOnClash
    @InCommunity
    @Transactional
    public Map<UUID, List<Integer>> score(CommunityId community, Caller caller, UUID callId, UUID proposalId, List<Integer> points) {
        VentureCall call = VentureCalls.locked(ventures, callId);
        Project proposal = projects.find(proposalId).filter(p -> callId.equals(p.ventureCallId()))
                .orElseThrow(() -> new InvalidInputException("proposalId", "no proposal " + proposalId + " in this call"));
        ScoreSheet earlier = ventures.sheet(callId, proposal.id(), caller.username()).orElse(null);
        ScoreSheet sheet = call.score(Optional.ofNullable(earlier), proposal.id(), caller.username(), points, clock.instant());
        if (earlier == null) {
            ventures.addSheet(sheet);
        }
        return sheets(callId, caller);
    }

    /** The sheets the caller gave in the call, or empty when they are not on its panel. */
    @InCommunity
    @Transactional
    public Optional<Map<UUID, List<Integer>>> mine(CommunityId community, Caller caller, UUID callId) {
        VentureCall call = ventures.find(callId).orElseThrow(() -> VentureCalls.notFound(callId));
        return call.isOnPanel(caller.username()) ? Optional.of(sheets(callId, caller)) : Optional.empty();
    }

    private Map<UUID, List<Integer>> sheets(UUID callId, Caller caller) {
        return ventures.sheets(callId).stream().filter(s -> s.expert().equals(caller.username()))
                .collect(Collectors.toMap(ScoreSheet::proposalId, ScoreSheet::points));
    }
}
