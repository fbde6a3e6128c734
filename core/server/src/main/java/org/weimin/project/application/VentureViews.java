package org.weimin.project.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.weimin.project.model.Project;
import org.weimin.project.model.ProjectStatus;
import org.weimin.project.model.TieRule;
import org.weimin.project.model.VentureCall;
import org.weimin.project.model.VentureRanking;
import org.weimin.project.model.VentureStatus;

/** Venture calls as their pages and the API show them; amounts in fen, scores on 100 with two decimals. */
public final class VentureViews {

    private VentureViews() {
    }

    public record Criterion(String name, int maxPoints) {
    }

    public record Summary(UUID id, String theme, long budgetFen, LocalDate proposalsUntil, LocalDate votingUntil, VentureStatus status,
                          int proposals, long fundedFen) {
    }

    /**
     * A proposal's place, with what it was computed from: each expert's sheet total (out of the call's most points) and
     * the votes (against the most votes any proposal got).
     */
    public record Place(int rank, List<Integer> sheetTotals, BigDecimal expertScore, BigDecimal publicScore, BigDecimal combinedScore,
                        boolean tieBroken, VentureRanking.Outcome outcome) {
    }

    /** @param place its place once the call is decided (or in the cadre's preview); null before */
    public record Proposal(UUID projectId, String title, String organizationName, String goal, String beneficiaries, long requestFen,
                           Instant submittedAt, ProjectStatus status, long votes, Place place) {
    }

    /**
     * @param experts the panel's names
     * @param maxPoints what a full sheet totals
     * @param proposals in rank order once placed, in the order they came before
     */
    public record Call(UUID id, String theme, String description, long budgetFen, LocalDate proposalsUntil, LocalDate votingUntil,
                       int expertPercent, int publicPercent, TieRule tieRule, VentureStatus status, List<Criterion> criteria,
                       List<String> experts, int maxPoints, long mostVotes, long fundedFen, Instant decidedAt, List<Proposal> proposals) {
    }

    static Summary summary(VentureCall call, int proposals) {
        return new Summary(call.id(), call.theme(), call.budgetFen(), call.proposalsUntil(), call.votingUntil(), call.status(), proposals,
                call.fundedFen());
    }

    /** @param places each proposal's place, or an empty map before the call is placed */
    static Call call(VentureCall call, List<Project> proposals, Map<UUID, Long> votes, Map<UUID, Place> places) {
        List<Proposal> shown = proposals.stream().map(p -> new Proposal(p.id(), p.title(), p.organizationName(), p.goal(), p.beneficiaries(),
                        p.budgetFen(), p.proposedAt(), p.status(), votes.getOrDefault(p.id(), 0L), places.get(p.id())))
                .sorted(java.util.Comparator.comparing((Proposal p) -> p.place() == null ? Integer.MAX_VALUE : p.place().rank()))
                .toList();
        return new Call(call.id(), call.theme(), call.description(), call.budgetFen(), call.proposalsUntil(), call.votingUntil(),
                call.expertPercent(), 100 - call.expertPercent(), call.tieRule(), call.status(),
                call.criteria().stream().map(c -> new Criterion(c.name(), c.maxPoints())).toList(),
                call.experts().stream().map(e -> e.displayName()).toList(), call.maxPoints(),
                votes.values().stream().mapToLong(Long::longValue).max().orElse(0), call.fundedFen(), call.decidedAt(), shown);
    }
}
