package org.weimin.project.application;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.weimin.project.model.ProjectRepository;
import org.weimin.project.model.ProjectStatus;
import org.weimin.project.model.ScoreSheet;
import org.weimin.project.model.VentureCall;
import org.weimin.project.model.VentureRanking;
import org.weimin.project.model.VentureRepository;
import org.weimin.project.model.VentureResult;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Where a call's proposals stand, read in the caller's scope and transaction: what enters the ranking (the proposals still
 * proposed, with their experts' sheets and their votes), and the call as shown, placed by its published results once
 * decided, or by the ranking as it would be now for the cadre's preview.
 */
@ApplicationScoped
class VentureStandings {

    @Inject
    VentureRepository ventures;

    @Inject
    ProjectRepository projects;

    List<VentureRanking.Contender> contenders(VentureCall call) {
        Map<UUID, List<ScoreSheet>> sheets = sheetsByProposal(call);
        Map<UUID, Long> votes = ventures.votes(call.id());
        return projects.ofVentureCall(call.id()).stream().filter(p -> p.status() == ProjectStatus.PROPOSED)
                .map(p -> new VentureRanking.Contender(p.id(), p.title(), p.budgetFen(), p.proposedAt(),
                        sheets.getOrDefault(p.id(), List.of()).stream().map(ScoreSheet::total).toList(), votes.getOrDefault(p.id(), 0L)))
                .toList();
    }

    Map<UUID, Set<String>> scoredBy(VentureCall call) {
        return sheetsByProposal(call).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().stream().map(ScoreSheet::expert).collect(Collectors.toSet())));
    }

    /** The call as anyone may read it: placed only once decided. */
    VentureViews.Call shown(VentureCall call) {
        Map<UUID, List<ScoreSheet>> sheets = sheetsByProposal(call);
        Map<UUID, VentureViews.Place> places = ventures.results(call.id()).stream().collect(Collectors.toMap(VentureResult::proposalId,
                r -> new VentureViews.Place(r.rank(), totals(sheets, r.proposalId()), r.expertScore(), r.publicScore(), r.combinedScore(),
                        r.tieBroken(), r.outcome())));
        return VentureViews.call(call, projects.ofVentureCall(call.id()), ventures.votes(call.id()), places);
    }

    /** The call placed as it would be if decided now. */
    VentureViews.Call preview(VentureCall call) {
        Map<UUID, List<ScoreSheet>> sheets = sheetsByProposal(call);
        Map<UUID, VentureViews.Place> places = call.ranking(contenders(call)).places().stream().collect(Collectors.toMap(
                p -> p.ranked().contender().proposalId(), p -> new VentureViews.Place(p.rank(), totals(sheets, p.ranked().contender().proposalId()),
                        p.ranked().expertScore(), p.ranked().publicScore(), p.ranked().combined(), p.tieBroken(), p.outcome())));
        return VentureViews.call(call, projects.ofVentureCall(call.id()), ventures.votes(call.id()), places);
    }

    private Map<UUID, List<ScoreSheet>> sheetsByProposal(VentureCall call) {
        return ventures.sheets(call.id()).stream().collect(Collectors.groupingBy(ScoreSheet::proposalId));
    }

    private static List<Integer> totals(Map<UUID, List<ScoreSheet>> sheets, UUID proposal) {
        return sheets.getOrDefault(proposal, List.of()).stream().map(ScoreSheet::total).toList();
    }
}
