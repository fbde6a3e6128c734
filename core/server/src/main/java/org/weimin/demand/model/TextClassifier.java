package org.weimin.demand.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A multinomial naive Bayes classifier over character unigrams and bigrams, which suits Chinese text
 * without word segmentation. Immutable once trained; examples can carry a weight (staff corrections weigh
 * more than the shipped seed set).
 */
public final class TextClassifier {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Punct}，。、；：？！“”‘’（）《》【】0-9]+");

    /** A text with its label and how much it counts. */
    public record Example(String text, String label, int weight) {
    }

    /**
     * @param confidence the posterior probability of the label, 0 to 1
     * @param evidence the character n-grams that spoke most for the label
     */
    public record Prediction(String label, double confidence, List<String> evidence) {
    }

    private final List<String> labels;
    private final double[] logPriors;
    /** Per label, the log-likelihood of a gram it never saw in training. */
    private final double[] unseen;
    /** Per gram seen in training, its log-likelihood under each label (Laplace-smoothed). */
    private final Map<String, double[]> logLikelihoods = new HashMap<>();

    public TextClassifier(List<Example> examples) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("a classifier needs examples");
        }
        labels = examples.stream().map(Example::label).distinct().toList();
        int size = labels.size();
        logPriors = new double[size];
        double[] totals = new double[size];
        double all = 0;
        for (Example example : examples) {
            int label = labels.indexOf(example.label());
            logPriors[label] += example.weight();
            all += example.weight();
            for (String gram : grams(example.text())) {
                logLikelihoods.computeIfAbsent(gram, g -> new double[size])[label] += example.weight();
                totals[label] += example.weight();
            }
        }
        unseen = new double[size];
        int vocabulary = logLikelihoods.size();
        for (int label = 0; label < size; label++) {
            logPriors[label] = Math.log(logPriors[label] / all);
            unseen[label] = Math.log(1 / (totals[label] + vocabulary + 1));
        }
        for (double[] counts : logLikelihoods.values()) {
            for (int label = 0; label < size; label++) {
                counts[label] = Math.log((counts[label] + 1) / (totals[label] + vocabulary + 1));
            }
        }
    }

    public Prediction predict(String text) {
        List<String> grams = grams(text);
        double[] scores = logPriors.clone();
        for (String gram : grams) {
            double[] likelihoods = logLikelihoods.getOrDefault(gram, unseen);
            for (int label = 0; label < scores.length; label++) {
                scores[label] += likelihoods[label];
            }
        }
        int best = 0;
        for (int label = 1; label < scores.length; label++) {
            if (scores[label] > scores[best]) {
                best = label;
            }
        }
        double normaliser = 0;
        for (double score : scores) {
            normaliser += Math.exp(score - scores[best]);
        }
        Map<String, Double> advantages = new HashMap<>();
        for (String gram : grams) {
            double[] likelihoods = logLikelihoods.get(gram);
            if (gram.length() == 2 && likelihoods != null) {
                advantages.putIfAbsent(gram, advantage(best, likelihoods));
            }
        }
        List<String> evidence = advantages.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(3).map(Map.Entry::getKey).toList();
        return new Prediction(labels.get(best), 1.0 / normaliser, new ArrayList<>(evidence));
    }

    /** How much more likely a gram is under the label than under the average other label. */
    private static double advantage(int label, double[] likelihoods) {
        if (likelihoods.length == 1) {
            return likelihoods[label];
        }
        double others = 0;
        for (int other = 0; other < likelihoods.length; other++) {
            others += other == label ? 0 : likelihoods[other];
        }
        return likelihoods[label] - others / (likelihoods.length - 1);
    }

    static List<String> grams(String text) {
        String clean = SEPARATORS.matcher(text).replaceAll(" ").strip();
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
