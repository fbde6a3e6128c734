package org.weimin.evaluation.application;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.weimin.demand.application.NeedsFromEvaluation;
import org.weimin.demand.model.Demand;
import org.weimin.evaluation.model.EvaluationRound;
import org.weimin.evaluation.model.EvaluationRoundRepository;
import org.weimin.evaluation.model.NeedRating;
import org.weimin.evaluation.model.NeedRatingRepository;
import org.weimin.evaluation.model.Reentry;
import org.weimin.evaluation.model.RoundResult;
import org.weimin.evaluation.model.RoundScore;
import org.weimin.evaluation.model.RoundSubject;
import org.weimin.project.application.ProjectsEvaluated;
import org.weimin.spi.evaluation.EvaluationSubject;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The loop into the next round (上轮评估), inside the closing round's transaction: what the round found not met becomes
 * a need of the demand library again, linked to its evidence. Each piece of evidence re-enters once, ever: running the
 * loop again, or a later round seeing the same evidence, adds nothing.
 */
@ApplicationScoped
public class FeedbackLoop {

    @Inject
    EvaluationRoundRepository rounds;

    @Inject
    NeedRatingRepository ratings;

    @Inject
    NeedsFromEvaluation needs;

    @Inject
    ProjectsEvaluated projects;

    public void run(EvaluationRound round, RoundResult result, String actor, Instant now) {
        String origin = "上轮评估「" + round.title() + "」：";
        for (NeedsFromEvaluation.Evidence overdue : needs.overdue(now)) {
            if (!rounds.reentered(Reentry.Evidence.OVERDUE_NEED, overdue.id())) {
                reenter(round, Reentry.Evidence.OVERDUE_NEED, overdue.id(), overdue.reference(), Optional.of(overdue.id()),
                        "【上轮评估】逾期未解决：" + overdue.text(), null, origin + "需求 " + overdue.reference() + " 超过解决期限仍未解决", actor, now);
            }
        }
        Map<UUID, List<NeedRating>> dissatisfied = new LinkedHashMap<>();
        ratings.dissatisfiedNotPutRight(NeedsFromEvaluation.AT_MOST).stream()
                .filter(r -> !rounds.reentered(Reentry.Evidence.DISSATISFIED_RATING, r.id()))
                .forEach(r -> dissatisfied.computeIfAbsent(r.needId(), n -> new java.util.ArrayList<>()).add(r));
        dissatisfied.forEach((needId, ofNeed) -> {
            NeedsFromEvaluation.Evidence need = needs.need(needId);
            NeedsFromEvaluation.Reentered again = needs.reenter(Optional.of(needId), shortened("【上轮评估】居民不满意：" + need.text()), null,
                    origin + "需求 " + need.reference() + " 的解决结果被评为不满意，回访后仍未解决", actor, now);
            ofNeed.forEach(r -> rounds.add(new Reentry(round.id(), Reentry.Evidence.DISSATISFIED_RATING, r.id(), need.reference(), again.id(),
                    again.reference(), now)));
        });
        for (RoundSubject subject : round.subjects()) {
            Optional<RoundScore> overall = result.overall(subject.id());
            if (subject.kind() == EvaluationSubject.PROJECT && overall.filter(s -> s.score() < round.projectThreshold()).isPresent()
                    && !rounds.reentered(Reentry.Evidence.LOW_SCORING_PROJECT, subject.id())) {
                String goal = projects.find(subject.projectId()).map(ProjectsEvaluated.Evaluable::goal).orElse(subject.title());
                reenter(round, Reentry.Evidence.LOW_SCORING_PROJECT, subject.id(), subject.title(), Optional.empty(),
                        "【上轮评估】微项目「" + subject.title() + "」评估得分 " + overall.get().score() + " 分，低于 " + round.projectThreshold()
                                + " 分：" + goal, null, origin + "微项目「" + subject.title() + "」得分 " + overall.get().score() + " 分", actor, now);
            }
        }
    }

    private void reenter(EvaluationRound round, Reentry.Evidence evidence, UUID evidenceId, String label, Optional<UUID> earlier, String text,
                         String place, String origin, String actor, Instant now) {
        NeedsFromEvaluation.Reentered again = needs.reenter(earlier, shortened(text), place, origin, actor, now);
        rounds.add(new Reentry(round.id(), evidence, evidenceId, label, again.id(), again.reference(), now));
    }

    private static String shortened(String text) {
        return text.length() <= Demand.MAX_TEXT ? text : text.substring(0, Demand.MAX_TEXT - 1) + "…";
    }
}
