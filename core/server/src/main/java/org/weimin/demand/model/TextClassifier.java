package org.weimin.demand.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A multinomial naive Bayes classifier over character unigrams and bigrams, which suits Chinese text
 * without word segmentation. Immutable once trained; examples can carry a weight (staff corrections weigh
 * more than the shipped seed set).
 */
public final class TextClassifier {

    /** A text with its label and how much it counts. */
    public record Example(String text, String label, int weight) {
    }

    /**
     * @param confidence the posterior probability of the label, 0 to 1
     * @param evidence the character n-grams that spoke most for the label
     */
    public record Prediction(String label, double confidence, List<String> evidence) {
    }

    private final Map<String, Map<String, Double>> counts = new HashMap<>();
    private final Map<String, Double> totals = new HashMap<>();
    private final Map<String, Double> priors = new HashMap<>();
    private final Set<String> vocabulary = new TreeSet<>();

    public TextClassifier(List<Example> examples) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("a classifier needs examples");
        }
        double all = 0;
        for (Example example : examples) {
            priors.merge(example.label(), (double) example.weight(), Double::sum);
            all += example.weight();
            Map<String, Double> labelCounts = counts.computeIfAbsent(example.label(), k -> new HashMap<>());
            for (String gram : grams(example.text())) {
                labelCounts.merge(gram, (double) example.weight(), Double::sum);
                totals.merge(example.label(), (double) example.weight(), Double::sum);
                vocabulary.add(gram);
            }
        }
        double sum = all;
        priors.replaceAll((label, weight) -> Math.log(weight / sum));
    }

    public Prediction predict(String text) {
        List<String> grams = grams(text);
        Map<String, Double> scores = new HashMap<>();
        for (String label : priors.keySet()) {
            double score = priors.get(label);
            for (String gram : grams) {
                score += logLikelihood(label, gram);
            }
            scores.put(label, score);
        }
        String best = scores.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        double max = scores.get(best);
        double normaliser = scores.values().stream().mapToDouble(s -> Math.exp(s - max)).sum();
        Map<String, Double> advantages = new HashMap<>();
        for (String gram : grams) {
            if (gram.length() == 2 && !advantages.containsKey(gram) && vocabulary.contains(gram)) {
                advantages.put(gram, advantage(best, gram));
            }
        }
        List<String> evidence = advantages.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(3).map(Map.Entry::getKey).toList();
        return new Prediction(best, 1.0 / normaliser, new ArrayList<>(evidence));
    }

    /** How much more likely a gram is under the label than under the average other label. */
    private double advantage(String label, String gram) {
        double others = priors.keySet().stream().filter(l -> !l.equals(label))
                .mapToDouble(l -> logLikelihood(l, gram)).average().orElse(0);
        return logLikelihood(label, gram) - others;
    }

    private double logLikelihood(String label, String gram) {
        double count = counts.getOrDefault(label, Map.of()).getOrDefault(gram, 0.0);
        return Math.log((count + 1) / (totals.getOrDefault(label, 0.0) + vocabulary.size() + 1));
    }

    static List<String> grams(String text) {
        String clean = text.replaceAll("[\\s\\p{Punct}，。、；：？！“”‘’（）《》【】0-9]+", " ").strip();
        List<String> grams = new ArrayList<>();
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            if (c == ' ') {
                continue;
            }
            grams.add(String.valueOf(c));
            if (i + 1 < clean.length() && clean.charAt(i + 1) != ' ') {
                grams.add(clean.substring(i, i + 2));
            }
        }
        return grams;
    }
}
