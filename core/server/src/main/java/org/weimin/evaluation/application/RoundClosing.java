package org.weimin.evaluation.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.weimin.evaluation.model.EvaluationRound;
import org.weimin.evaluation.model.EvaluationRuleException;
import org.weimin.evaluation.model.RoundMethod;
import org.weimin.evaluation.model.RoundResult;
import org.weimin.evaluation.model.RoundScore;
import org.weimin.evaluation.model.RoundScoring;
import org.weimin.identity.model.Caller;
import org.weimin.plugin.application.CommunityFeatures;
import org.weimin.shared.InvalidInputException;
import org.weimin.spi.evaluation.EvaluationMethod;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The cadre closes a round: answers stop, each method's plugin combines its answers (outside any transaction), the first
 * version is published and what failed re-enters the demand library. A correction re-weighs the methods with a reason
 * and publishes the next version.
 */
@ApplicationScoped
public class RoundClosing {

    @Inject
    RoundPublication publication;

    @Inject
    EvaluationRounds rounds;

    @Inject
    CommunityFeatures features;

    public void close(CommunityId community, Caller caller, UUID roundId) {
        RoundPublication.ToScore closed = publication.close(community, caller, roundId);
        Map<String, Integer> weights = closed.round().methods().stream().collect(Collectors.toMap(RoundMethod::featureId, RoundMethod::weight));
        publication.publishFirst(community, caller, roundId, scores(community, closed, weights));
    }

    /** @param weights the new weight of every method of the round, by feature id */
    public void correct(CommunityId community, Caller caller, UUID roundId, Map<String, Integer> weights, String reason) {
        String why = InvalidInputException.required("reason", reason, 1000);
        RoundPublication.ToScore closed = publication.toCorrect(community, caller, roundId);
        RoundResult latest = closed.published().get(closed.published().size() - 1);
        Map<String, Integer> before = new LinkedHashMap<>();
        latest.scores().stream().filter(s -> !s.isOverall()).forEach(s -> before.putIfAbsent(s.featureId(), s.weight()));
        closed.round().methods().forEach(m -> before.putIfAbsent(m.featureId(), m.weight()));
        Map<String, Integer> after = new LinkedHashMap<>();
        for (RoundMethod method : closed.round().methods()) {
            Integer weight = weights == null ? null : weights.get(method.featureId());
            if (weight == null || weight < 1 || weight > 100) {
                throw new InvalidInputException("weights", "give every method of the round a weight from 1 to 100; " + method.featureId()
                        + " has " + weight);
            }
            after.put(method.featureId(), weight);
        }
        if (after.equals(before)) {
            throw new EvaluationRuleException(EvaluationRuleException.Reason.NOTHING_CHANGED, "the weights are those of version " + latest.number());
        }
        String change = after.keySet().stream().filter(f -> !after.get(f).equals(before.get(f)))
                .map(f -> rounds.name(community, f).zh() + " 权重 " + before.get(f) + " → " + after.get(f)).collect(Collectors.joining("；"));
        publication.publishCorrection(community, caller, roundId, latest.number(), scores(community, closed, after), change, why);
    }

    private List<RoundScore> scores(CommunityId community, RoundPublication.ToScore closed, Map<String, Integer> weights) {
        EvaluationRound round = closed.round();
        return RoundScoring.score(round, closed.answers(), weights,
                (featureId, scores) -> features.call(community, featureId, EvaluationMethod.class, m -> m.aggregate(scores)),
                featureId -> rounds.name(community, featureId));
    }
}
