package org.weimin.evaluation.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.weimin.spi.LocalizedText;
import org.weimin.spi.evaluation.Score;

/**
 * How a round's answers become its published figures: each method combines its own answers about a subject (the
 * plugin's aggregate), and a subject's result is the weighted mean of the methods that had answers about it, rounded
 * half up. A method nobody answered about a subject does not count for it, and the explanation says which did.
 */
public final class RoundScoring {

    private RoundScoring() {
    }

    /**
     * @param weights each method's weight, by feature id
     * @param aggregate the method's own way of combining its answers' scores
     * @param names a method's name as people read it
     */
    public static List<RoundScore> score(EvaluationRound round, List<RoundAnswer> answers, Map<String, Integer> weights,
                                         BiFunction<String, List<Score>, Score> aggregate, Function<String, LocalizedText> names) {
        List<RoundScore> figures = new ArrayList<>();
        for (RoundSubject subject : round.subjects()) {
            List<RoundScore> ofSubject = new ArrayList<>();
            Set<String> participants = new HashSet<>();
            for (RoundMethod method : round.methods()) {
                List<RoundAnswer> given = answers.stream()
                        .filter(a -> a.subjectId().equals(subject.id()) && a.featureId().equals(method.featureId())).toList();
                if (given.isEmpty()) {
                    continue;
                }
                given.forEach(a -> participants.add(a.participant()));
                Score combined = aggregate.apply(method.featureId(), given.stream().map(RoundAnswer::asScore).toList());
                ofSubject.add(new RoundScore(subject.id(), method.featureId(), weights.get(method.featureId()), combined.value(), given.size(),
                        combined.explanation().zh(), combined.explanation().en()));
            }
            if (!ofSubject.isEmpty()) {
                figures.addAll(ofSubject);
                figures.add(overall(subject, ofSubject, participants.size(), names));
            }
        }
        return figures;
    }

    private static RoundScore overall(RoundSubject subject, List<RoundScore> methods, int participants, Function<String, LocalizedText> names) {
        long weightSum = methods.stream().mapToLong(RoundScore::weight).sum();
        long weighted = methods.stream().mapToLong(m -> (long) m.weight() * m.score()).sum();
        int value = BigDecimal.valueOf(weighted).divide(BigDecimal.valueOf(weightSum), 0, RoundingMode.HALF_UP).intValue();
        String zh = methods.stream().map(m -> names.apply(m.featureId()).zh() + " " + m.score() + " 分 × 权重 " + m.weight())
                .collect(Collectors.joining("、")) + "，加权平均 " + value + " 分";
        String en = methods.stream().map(m -> names.apply(m.featureId()).en() + " " + m.score() + " × weight " + m.weight())
                .collect(Collectors.joining(", ")) + ": weighted mean " + value;
        return new RoundScore(subject.id(), null, (int) weightSum, value, participants, zh, en);
    }
}
