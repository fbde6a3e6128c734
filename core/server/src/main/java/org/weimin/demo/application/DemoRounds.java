package org.weimin.demo.application;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.weimin.evaluation.application.EvaluationRounds;
import org.weimin.evaluation.application.RoundAnswering;
import org.weimin.evaluation.application.RoundClosing;
import org.weimin.evaluation.application.RoundQuestions;
import org.weimin.evaluation.application.RoundSlips;
import org.weimin.evaluation.application.RoundViews;
import org.weimin.evaluation.model.EvaluationRuleException;
import org.weimin.evaluation.model.RoundPeriod;
import org.weimin.identity.model.Caller;
import org.weimin.plugin.application.CommunityFeatures;
import org.weimin.plugin.model.FeatureKind;
import org.weimin.project.application.ProjectsEvaluated;
import org.weimin.spi.form.Field;
import org.weimin.spi.form.FieldType;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The demo's closed evaluation round: this quarter's, closed early, with the community's methods that residents answer, its approved
 * projects as subjects, the demo residents voting signed in and a few households on paper slips, then closed, so its
 * board is published and the loop has sent what failed back into the library.
 */
@ApplicationScoped
class DemoRounds {

    /** Which option each successive household chooses: mostly the best, some the second, one the third. */
    private static final int[] CHOICES = {0, 0, 1, 0, 2, 1, 0};
    private static final int PAPER_BALLOTS = 4;

    @Inject
    EvaluationRounds rounds;

    @Inject
    RoundQuestions questions;

    @Inject
    RoundAnswering answering;

    @Inject
    RoundSlips slips;

    @Inject
    RoundClosing closing;

    @Inject
    CommunityFeatures features;

    void tell(CommunityId community, Caller cadre, List<Caller> residents, LocalDate today) {
        List<EvaluationRounds.MethodPlan> methods = features.enabled(community, FeatureKind.EVALUATION_METHOD).stream()
                .map(f -> new EvaluationRounds.MethodPlan(f.featureId(), null)).toList();
        if (methods.isEmpty()) {
            return;
        }
        LocalDate quarter = today.with(IsoFields.DAY_OF_QUARTER, 1);
        String title = quarter.getYear() + "年第" + quarter.get(IsoFields.QUARTER_OF_YEAR) + "季度社区评议";
        RoundViews.Round round = rounds.open(community, cadre, new EvaluationRounds.Plan(title, RoundPeriod.QUARTER, quarter, today, methods,
                rounds.evaluableProjects(community, cadre).stream().limit(2).map(ProjectsEvaluated.Evaluable::id).toList(), null));
        List<RoundViews.Question> asked = questions.of(community, round.id(), RoundQuestions.Participant.RESIDENT);
        if (!asked.isEmpty()) {
            int household = 0;
            for (Caller resident : residents) {
                try {
                    answering.castSignedIn(community, resident, round.id(), answers(asked, household));
                    household++;
                } catch (EvaluationRuleException | org.weimin.shared.ForbiddenActionException sameOrNoHousehold) {
                    // Two demo residents share a household (its one voice is given), or one is registered in none.
                }
            }
            for (RoundSlips.Slip slip : slips.print(community, cadre, round.id()).stream().limit(PAPER_BALLOTS).toList()) {
                answering.castWithSlip(community, round.id(), slip.code(), answers(asked, household++));
            }
        }
        closing.close(community, cadre, round.id());
    }

    private static Map<String, Map<String, Object>> answers(List<RoundViews.Question> asked, int household) {
        Map<String, Map<String, Object>> ballot = new LinkedHashMap<>();
        for (RoundViews.Question question : asked) {
            Map<String, Object> answer = new HashMap<>();
            for (Field field : question.questionnaire().fields()) {
                if (field.type() == FieldType.CHOICE) {
                    answer.put(field.key(), field.options().get(Math.min(CHOICES[household % CHOICES.length], field.options().size() - 1)).value());
                } else if (field.required() && field.type() == FieldType.INTEGER) {
                    answer.put(field.key(), field.min() == null ? 0 : field.min());
                } else if (field.required()) {
                    answer.put(field.key(), "好");
                }
            }
            ballot.put(question.key(), answer);
        }
        return ballot;
    }
}
