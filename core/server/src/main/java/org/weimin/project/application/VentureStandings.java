package org.weimin.project.application;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.weimin.project.model.Project;
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

    /** A call's proposals, its experts' sheets by proposal and its votes by proposal, read once. */
    record Standing(List<Project> proposals, Map<UUID, List<ScoreSheet>> sheets, Map<UUID, Long> votes) {

        List<VentureRanking.Contender> contenders() {
            return proposals.stream().filter(p -> p.status() == ProjectStatus.PROPOSED)
                    .map(p -> new VentureRanking.Contender(p.id(), p.title(), p.budgetFen(), p.proposedAt(), totals(p.id()),
                            votes.getOrDefault(p.id(), 0L)))
                    .toList();
        }

        /** For each proposal, the experts who scored it. */
        Map<UUID, Set<String>> scoredBy() {
            return sheets.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                    e -> e.getValue().stream().map(ScoreSheet::expert).collect(Collectors.toSet())));
        }

        List<Integer> totals(UUID proposal) {
            return sheets.getOrDefault(proposal, List.of()).stream().map(ScoreSheet::total).toList();
        }
    }

    @Inject
    VentureRepository ventures;

    @Inject
    ProjectRepository projects;

    Standing of(VentureCall call) {
        return new Standing(projects.ofVentureCall(call.id()),
                ventures.sheets(call.id()).stream().collect(Collectors.groupingBy(ScoreSheet::proposalId)), ventures.votes(call.id()));
    }

    /** The call as anyone may read it: placed only once decided. */
    VentureViews.Call shown(VentureCall call) {
        Standing standing = of(call);
        Map<UUID, VentureViews.Place> places = ventures.results(call.id()).stream().collect(Collectors.toMap(VentureResult::proposalId,
                r -> new VentureViews.Place(r.rank(), standing.totals(r.proposalId()), r.expertScore(), r.publicScore(), r.combinedScore(),
                        r.tieBroken(), r.outcome())));
        return VentureViews.call(call, standing.proposals(), standing.votes(), places);
    }

    /** The call placed as it would be if decided now. */
    VentureViews.Call preview(VentureCall call) {
        Standing standing = of(call);
        Map<UUID, VentureViews.Place> places = call.ranking(standing.contenders()).places().stream().collect(Collectors.toMap(
                p -> p.ranked().contender().proposalId(), p -> new VentureViews.Place(p.rank(), p.ranked().contender().sheetTotals(),
                        p.ranked().expertScore(), p.ranked().publicScore(), p.ranked().combined(), p.tieBroken(), p.outcome())));
        return VentureViews.call(call, standing.proposals(), standing.votes(), places);
    }
}
