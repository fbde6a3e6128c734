package org.weimin.demand.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The classifier on the shipped seed set, split 80/20: it learns from four fifths and is scored on the
 * fifth it has never seen.
 */
class TextClassifierTest {

    private static final List<String[]> TRAIN = new ArrayList<>();
    private static final List<String[]> HELD_OUT = new ArrayList<>();

    @BeforeAll
    static void split() throws IOException {
        try (Reader reader = new InputStreamReader(TextClassifierTest.class.getResourceAsStream("/demand/seed-demands.csv"),
                StandardCharsets.UTF_8)) {
            int i = 0;
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)) {
                (i++ % 5 == 0 ? HELD_OUT : TRAIN).add(new String[] {row.get("text"), row.get("kind"), row.get("category")});
            }
        }
    }

    @Test
    void theSeedSetIsLargeAndCoversEveryKindAndCategory() {
        assertThat(TRAIN.size() + HELD_OUT.size()).isGreaterThanOrEqualTo(500);
        List<String> all = new ArrayList<>();
        TRAIN.forEach(r -> all.add(r[1] + "/" + r[2]));
        for (DemandKind kind : DemandKind.values()) {
            assertThat(all).anyMatch(l -> l.startsWith(kind.name() + "/"));
        }
        for (ServiceCategory category : ServiceCategory.values()) {
            assertThat(all).anyMatch(l -> l.endsWith("/" + category.name().toLowerCase()));
        }
    }

    @Test
    void kindIsPredictedAboveTheFloorOnUnseenNeeds() {
        assertThat(accuracy(1)).as("kind accuracy on the held-out fifth").isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void categoryIsPredictedAboveTheFloorOnUnseenNeeds() {
        assertThat(accuracy(2)).as("category accuracy on the held-out fifth").isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void aPredictionExplainsItself() {
        TextClassifier categories = classifier(2);
        TextClassifier.Prediction prediction = categories.predict("3号楼楼道的声控灯坏了，晚上很黑");
        assertThat(prediction.label()).isEqualTo("facilities");
        assertThat(prediction.confidence()).isBetween(0.5, 1.0);
        assertThat(prediction.evidence()).isNotEmpty().allMatch(g -> g.length() == 2);
    }

    @Test
    void correctionsWithWeightChangeTheAnswer() {
        List<TextClassifier.Example> examples = new ArrayList<>();
        TRAIN.forEach(r -> examples.add(new TextClassifier.Example(r[0], r[2], 1)));
        String text = "广场舞音乐太吵影响休息";
        String before = new TextClassifier(examples).predict(text).label();
        examples.add(new TextClassifier.Example("广场舞音乐太吵", "disputes", 30));
        assertThat(new TextClassifier(examples).predict(text).label()).isEqualTo("disputes");
        assertThat(before).isNotNull();
    }

    private static double accuracy(int column) {
        TextClassifier classifier = classifier(column);
        long right = HELD_OUT.stream().filter(r -> classifier.predict(r[0]).label().equals(r[column])).count();
        double accuracy = (double) right / HELD_OUT.size();
        System.out.printf("held-out accuracy (%s): %.3f on %d needs%n", column == 1 ? "kind" : "category", accuracy, HELD_OUT.size());
        return accuracy;
    }

    private static TextClassifier classifier(int column) {
        List<TextClassifier.Example> examples = new ArrayList<>();
        TRAIN.forEach(r -> examples.add(new TextClassifier.Example(r[0], r[column], 1)));
        return new TextClassifier(examples);
    }
}
