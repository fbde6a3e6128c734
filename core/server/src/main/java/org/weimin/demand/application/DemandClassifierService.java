package org.weimin.demand.application;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.weimin.demand.model.ClassificationExample;
import org.weimin.demand.model.DemandKind;
import org.weimin.demand.model.ServiceCategory;
import org.weimin.demand.model.Suggestion;
import org.weimin.demand.model.TextClassifier;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Suggests a need's kind and category from its text: trained on the shipped seed set plus each
 * community's own staff decisions, which weigh three times as much and so teach it local usage.
 */
@ApplicationScoped
public class DemandClassifierService {

    static final int CORRECTION_WEIGHT = 3;

    private record Models(TextClassifier kinds, TextClassifier categories) {
    }

    private final List<String[]> seed = loadSeed();
    private final Map<CommunityId, Models> byCommunity = new ConcurrentHashMap<>();

    /** @param examples the community's own classified needs (read by the caller inside its tenant scope) */
    public Suggestion suggest(CommunityId community, String text, java.util.function.Supplier<List<ClassificationExample>> examples) {
        Models models = byCommunity.computeIfAbsent(community, c -> train(examples.get()));
        TextClassifier.Prediction kind = models.kinds().predict(text);
        TextClassifier.Prediction category = models.categories().predict(text);
        String reason = "“" + String.join("”“", category.evidence()) + "”";
        return new Suggestion(DemandKind.valueOf(kind.label()), ServiceCategory.valueOf(category.label().toUpperCase(Locale.ROOT)),
                Math.min(kind.confidence(), category.confidence()), category.evidence().isEmpty() ? "" : reason);
    }

    /** Staff have classified a need: the community's classifier is retrained on next use. */
    public void forget(CommunityId community) {
        byCommunity.remove(community);
    }

    private Models train(List<ClassificationExample> corrections) {
        List<TextClassifier.Example> kinds = new ArrayList<>();
        List<TextClassifier.Example> categories = new ArrayList<>();
        for (String[] row : seed) {
            kinds.add(new TextClassifier.Example(row[0], row[1], 1));
            categories.add(new TextClassifier.Example(row[0], row[2].toUpperCase(Locale.ROOT), 1));
        }
        for (ClassificationExample example : corrections) {
            kinds.add(new TextClassifier.Example(example.text(), example.kind().name(), CORRECTION_WEIGHT));
            categories.add(new TextClassifier.Example(example.text(), example.category().name(), CORRECTION_WEIGHT));
        }
        return new Models(new TextClassifier(kinds), new TextClassifier(categories));
    }

    private static List<String[]> loadSeed() {
        List<String[]> rows = new ArrayList<>();
        try (Reader reader = new InputStreamReader(DemandClassifierService.class.getResourceAsStream("/demand/seed-demands.csv"),
                StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)) {
                rows.add(new String[] {row.get("text"), row.get("kind"), row.get("category")});
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the classifier's seed set is missing", e);
        }
        return rows;
    }
}
