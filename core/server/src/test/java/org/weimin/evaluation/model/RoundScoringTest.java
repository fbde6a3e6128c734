package org.weimin.evaluation.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.weimin.shared.InvalidInputException;
import org.weimin.spi.LocalizedText;
import org.weimin.spi.evaluation.EvaluationSubject;
import org.weimin.spi.evaluation.Score;

/** A round's figures on worked examples: each method's own combination, weighted per subject, rounded half up. */
class RoundScoringTest {

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private final EvaluationRound round = EvaluationRound.open("2026年第四季度评估", RoundPeriod.QUARTER, LocalDate.of(2026, 10, 1),
            LocalDate.of(2026, 12, 15), List.of(new EvaluationRound.MethodChoice("appraisal", 1), new EvaluationRound.MethodChoice("assessor", 2)),
            List.of(new EvaluationRound.ProjectChoice(UUID.randomUUID(), "楼道照明")), null, "黄龙社区", "cadre", NOW, TODAY);
    private final UUID period = round.periodSubject().id();
    private final UUID project = round.subjects().get(1).id();
    private final List<RoundAnswer> answers = new ArrayList<>();

    @Test
    void aSubjectsResultIsTheWeightedMeanOfTheMethodsThatHadAnswersAboutIt() {
        answer(period, "appraisal", "household:1", 100);
        answer(period, "appraisal", "household:2", 70);
        answer(period, "assessor", "assessor:明评", 87);
        answer(project, "appraisal", "household:1", 0);

        List<RoundScore> figures = score(Map.of("appraisal", 1, "assessor", 2));

        assertThat(of(figures, period, "appraisal").score()).as("the method's own mean").isEqualTo(85);
        RoundScore overall = of(figures, period, null);
        assertThat(overall.score()).as("(85 + 87 × 2) / 3 = 86.33").isEqualTo(86);
        assertThat(overall.participants()).isEqualTo(3);
        assertThat(overall.explanationZh()).contains("appraisal 85 分 × 权重 1", "assessor 87 分 × 权重 2", "加权平均 86 分");
        assertThat(of(figures, project, null).score()).as("the assessor did not assess the project: it does not count").isZero();
        assertThat(of(figures, project, null).weight()).isEqualTo(1);
    }

    @Test
    void halvesRoundUpAndNewWeightsChangeTheResultButNotTheMethodsScores() {
        answer(period, "appraisal", "household:1", 85);
        answer(period, "assessor", "assessor:明评", 84);
        assertThat(of(score(Map.of("appraisal", 1, "assessor", 1)), period, null).score()).as("84.5").isEqualTo(85);
        List<RoundScore> reweighed = score(Map.of("appraisal", 1, "assessor", 3));
        assertThat(of(reweighed, period, null).score()).as("(85 + 84 × 3) / 4 = 84.25").isEqualTo(84);
        assertThat(of(reweighed, period, "assessor").score()).isEqualTo(84);
    }

    @Test
    void aSubjectNobodyAnsweredAboutHasNoFigures() {
        answer(period, "appraisal", "household:1", 60);
        assertThat(score(Map.of("appraisal", 1, "assessor", 2))).noneMatch(f -> f.subjectId().equals(project));
    }

    @Test
    void aRoundNeedsAMethodAPeriodThatStartsOnItsFirstDayAndAWindowAhead() {
        assertThatThrownBy(() -> open(List.of(), LocalDate.of(2026, 10, 1), TODAY.plusDays(5)))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("methods");
        assertThatThrownBy(() -> open(List.of(new EvaluationRound.MethodChoice("a", 1)), LocalDate.of(2026, 11, 1), TODAY.plusDays(5)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("2026-10-01").extracting("field").isEqualTo("periodStart");
        assertThatThrownBy(() -> open(List.of(new EvaluationRound.MethodChoice("a", 1)), LocalDate.of(2026, 10, 1), TODAY.minusDays(1)))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("collectUntil");
        assertThatThrownBy(() -> open(List.of(new EvaluationRound.MethodChoice("a", 1), new EvaluationRound.MethodChoice("a", 2)),
                LocalDate.of(2026, 10, 1), TODAY)).isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("methods");
        assertThat(RoundPeriod.QUARTER.lastDay(LocalDate.of(2026, 10, 1))).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(RoundPeriod.MONTH.lastDay(LocalDate.of(2028, 2, 1))).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void answersStopWhenTheWindowPassesOrTheRoundCloses() {
        round.requireCollecting(LocalDate.of(2026, 12, 15));
        assertThatThrownBy(() -> round.requireCollecting(LocalDate.of(2026, 12, 16))).isInstanceOf(EvaluationRuleException.class);
        round.close("cadre", NOW);
        assertThatThrownBy(() -> round.requireCollecting(TODAY)).isInstanceOf(EvaluationRuleException.class)
                .extracting("reason").isEqualTo(EvaluationRuleException.Reason.ROUND_CLOSED);
        assertThatThrownBy(() -> round.close("cadre", NOW)).isInstanceOf(EvaluationRuleException.class);
    }

    @Test
    void aSlipCodeIsLongReadableAndFoundHoweverItIsTyped() {
        VotingSlip slip = new VotingSlip(round.id(), UUID.randomUUID());
        String code = slip.issue(NOW);
        assertThat(code).hasSize(20).matches("[2-9A-HJKMNP-Z]+");
        assertThat(VotingSlip.hash(code.toLowerCase().substring(0, 10) + " - " + code.substring(10))).isEqualTo(slip.codeHash());
        assertThat(slip.issue(NOW)).as("a reprint is a new code").isNotEqualTo(code);
        assertThat(slip.codeHash()).isNotEqualTo(VotingSlip.hash(code));
    }

    private static EvaluationRound open(List<EvaluationRound.MethodChoice> methods, LocalDate start, LocalDate until) {
        return EvaluationRound.open("评估", RoundPeriod.QUARTER, start, until, methods, List.of(), null, "黄龙社区", "cadre", NOW, TODAY);
    }

    private void answer(UUID subject, String method, String participant, int score) {
        answers.add(new RoundAnswer(round.id(), subject, method, participant, "{}", new Score(score, LocalizedText.of("分", "points")), NOW));
    }

    private List<RoundScore> score(Map<String, Integer> weights) {
        return RoundScoring.score(round, answers, weights, (method, scores) -> new Score(
                        (int) Math.round(scores.stream().mapToInt(Score::value).average().orElseThrow()), LocalizedText.of("平均", "mean")),
                method -> LocalizedText.of(method, method));
    }

    private static RoundScore of(List<RoundScore> figures, UUID subject, String method) {
        return figures.stream().filter(f -> f.subjectId().equals(subject) && java.util.Objects.equals(f.featureId(), method)).findFirst()
                .orElseThrow();
    }
}
