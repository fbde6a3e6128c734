package org.weimin.project.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.weimin.shared.ForbiddenActionException;
import org.weimin.shared.InvalidInputException;

/** A venture call's flow: it takes proposals, is assessed by its panel and the households, and is decided once fully scored. */
class VentureCallTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-02");
    private static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");

    @Test
    void aCallWeighsExpertsSeventyPerCentUnlessToldAndNamesItsPanel() {
        VentureCall call = open(plan(null, List.of("lin.sw", "assessor")));

        assertThat(call.expertPercent()).isEqualTo(70);
        assertThat(call.tieRule()).isEqualTo(TieRule.EXPERTS_FIRST);
        assertThat(call.maxPoints()).isEqualTo(100);
        assertThat(call.experts()).extracting(VentureExpert::displayName).containsExactly("林社工", "第三方测评中心");
        assertThat(call.status()).isEqualTo(VentureStatus.TAKING_PROPOSALS);
    }

    @Test
    void aPlanThatCannotWorkIsRefusedNamingTheField() {
        assertThatThrownBy(() -> open(plan(101, List.of("lin.sw")))).hasMessageContaining("0 to 100").extracting("field").isEqualTo("expertPercent");
        assertThatThrownBy(() -> open(plan(70, List.of("stranger")))).extracting("field").isEqualTo("experts");
        assertThatThrownBy(() -> open(new VentureCall.Plan("一老一小", "服务", 1_000_000, TODAY.plusDays(5), TODAY.plusDays(4), null, null,
                List.of(new VentureCall.Criterion("可行性", 10)), List.of("lin.sw")))).extracting("field").isEqualTo("votingUntil");
        assertThatThrownBy(() -> open(new VentureCall.Plan("一老一小", "服务", 1_000_000, TODAY, TODAY, null, null,
                List.of(new VentureCall.Criterion("可行性", 0)), List.of("lin.sw")))).extracting("field").isEqualTo("criteria");
    }

    @Test
    void proposalsComeUntilTheLastDayAndNeverForMoreThanTheBudget() {
        VentureCall call = open(plan(null, List.of("lin.sw")));

        call.requireProposal(10_000_000, TODAY.plusDays(7));
        assertThatThrownBy(() -> call.requireProposal(10_000_001, TODAY)).isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("request");
        assertThatThrownBy(() -> call.requireProposal(100, TODAY.plusDays(8))).isInstanceOf(ProjectRuleException.class)
                .extracting("reason").isEqualTo(ProjectRuleException.Reason.CALL_CLOSED);
        assertThatThrownBy(() -> call.vote(UUID.randomUUID(), UUID.randomUUID(), "resident1", NOW, TODAY))
                .extracting("reason").isEqualTo(ProjectRuleException.Reason.VOTING_CLOSED);
        assertThatThrownBy(() -> call.closeProposals(0)).extracting("reason").isEqualTo(ProjectRuleException.Reason.NO_PROPOSALS);
    }

    @Test
    void onlyThePanelScoresEachCriterionWithinItsPointsAndScoringAgainReplacesTheSheet() {
        VentureCall call = open(plan(null, List.of("lin.sw")));
        UUID proposal = UUID.randomUUID();
        call.closeProposals(1);

        assertThatThrownBy(() -> call.score(Optional.empty(), proposal, "zhou.gw", List.of(1, 1, 1), NOW)).isInstanceOf(ForbiddenActionException.class);
        assertThatThrownBy(() -> call.score(Optional.empty(), proposal, "lin.sw", List.of(41, 1, 1), NOW))
                .hasMessageContaining("需求契合度").extracting("field").isEqualTo("points");
        assertThatThrownBy(() -> call.score(Optional.empty(), proposal, "lin.sw", List.of(1, 1), NOW)).extracting("field").isEqualTo("points");
        ScoreSheet sheet = call.score(Optional.empty(), proposal, "lin.sw", List.of(30, 20, 25), NOW);
        ScoreSheet again = call.score(Optional.of(sheet), proposal, "lin.sw", List.of(40, 30, 30), NOW);

        assertThat(again).isSameAs(sheet);
        assertThat(sheet.total()).isEqualTo(100);
        assertThat(sheet.points()).containsExactly(40, 30, 30);
    }

    @Test
    void aCallIsDecidedOnlyWhenEveryExpertScoredEveryProposalAndThenTakesNoMoreVotes() {
        VentureCall call = open(plan(null, List.of("lin.sw", "assessor")));
        call.closeProposals(1);
        VentureRanking.Contender meals = new VentureRanking.Contender(UUID.randomUUID(), "老年助餐", 500_000, NOW, List.of(80), 3);

        assertThatThrownBy(() -> call.decide(List.of(meals), Map.of(meals.proposalId(), Set.of("lin.sw")), "cadre", NOW))
                .hasMessageContaining("第三方测评中心").hasMessageContaining("老年助餐")
                .extracting("reason").isEqualTo(ProjectRuleException.Reason.SCORES_MISSING);
        List<VentureResult> results = call.decide(List.of(meals), Map.of(meals.proposalId(), Set.of("lin.sw", "assessor")), "cadre", NOW);

        assertThat(results).singleElement().extracting(VentureResult::rank, VentureResult::outcome).containsExactly(1, VentureRanking.Outcome.FUNDED);
        assertThat(call.status()).isEqualTo(VentureStatus.DECIDED);
        assertThat(call.fundedFen()).isEqualTo(500_000);
        assertThatThrownBy(() -> call.vote(UUID.randomUUID(), meals.proposalId(), "resident1", NOW, TODAY))
                .extracting("reason").isEqualTo(ProjectRuleException.Reason.VOTING_CLOSED);
        assertThatThrownBy(() -> call.score(Optional.empty(), meals.proposalId(), "lin.sw", List.of(1, 1, 1), NOW))
                .extracting("reason").isEqualTo(ProjectRuleException.Reason.NOT_ASSESSING);
    }

    private static VentureCall.Plan plan(Integer expertPercent, List<String> experts) {
        return new VentureCall.Plan("一老一小", "为老人和孩子的服务", 10_000_000, TODAY.plusDays(7), TODAY.plusDays(14), expertPercent, null,
                List.of(new VentureCall.Criterion("需求契合度", 40), new VentureCall.Criterion("可行性", 30), new VentureCall.Criterion("预算合理", 30)),
                experts);
    }

    private static VentureCall open(VentureCall.Plan plan) {
        Map<String, String> panel = Map.of("lin.sw", "林社工", "assessor", "第三方测评中心");
        return VentureCall.open(plan, name -> Optional.ofNullable(panel.get(name)), "cadre", NOW, TODAY);
    }
}
