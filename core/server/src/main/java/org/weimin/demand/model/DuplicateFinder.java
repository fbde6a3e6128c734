package org.weimin.demand.model;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Proposes needs that probably ask for the same thing: similar words (character bigrams), the same
 * building or no place given, and raised within a month of each other.
 */
public final class DuplicateFinder {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Punct}，。、；：？！“”‘’（）]+");

    static final double THRESHOLD = 0.35;
    /** How far apart in time two needs may be raised and still be proposed as the same. */
    public static final Duration WINDOW = Duration.ofDays(30);

    /** A likely duplicate and how alike the two texts are, 0 to 1. */
    public record Candidate(Demand demand, double similarity) {
    }

    private DuplicateFinder() {
    }

    public static List<Candidate> candidates(Demand need, List<Demand> others) {
        Set<String> grams = bigrams(need.text());
        return others.stream()
                .filter(o -> !o.id().equals(need.id()))
                .filter(o -> o.status().isOpen())
                .filter(o -> Duration.between(o.submittedAt(), need.submittedAt()).abs().compareTo(WINDOW) <= 0)
                .filter(o -> samePlace(need.place(), o.place()))
                .map(o -> new Candidate(o, jaccard(grams, bigrams(o.text()))))
                .filter(c -> c.similarity() >= THRESHOLD)
                .sorted(Comparator.comparingDouble(Candidate::similarity).reversed())
                .limit(5).toList();
    }

    static boolean samePlace(String a, String b) {
        if (a == null || b == null || a.isBlank() || b.isBlank()) {
            return true;
        }
        return building(a).equals(building(b));
    }

    private static String building(String place) {
        int dash = place.indexOf('-');
        return (dash < 0 ? place : place.substring(0, dash)).strip();
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        Set<String> either = new HashSet<>(a);
        either.addAll(b);
        return (double) both.size() / either.size();
    }

    static Set<String> bigrams(String text) {
        Set<String> grams = new HashSet<>();
        String clean = SEPARATORS.matcher(text).replaceAll("");
        for (int i = 0; i + 1 < clean.length(); i++) {
            grams.add(clean.substring(i, i + 2));
        }
        return grams;
    }
}
