package com.example.weimin.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.weimin.spi.evaluation.EvaluationMethod;
import org.weimin.spi.evaluation.EvaluationSubject;
import org.weimin.spi.evaluation.Submission;
import org.weimin.spi.form.FieldError;
import org.weimin.spi.testkit.PluginTestKit;
import org.weimin.spi.testkit.TestPluginContext;

class ResidentCouncilReviewTest {

    private static final Submission ABOUT_A_PROJECT = new Submission("round", EvaluationSubject.PROJECT, "project", Instant.now());

    private final ResidentCouncilReview factory = new ResidentCouncilReview();
    private final EvaluationMethod method = factory.create(new TestPluginContext(),
            factory.settingsSchema().validate(Map.of()).settings());

    @TestFactory
    Stream<DynamicTest> keepsThePluginContract() {
        return PluginTestKit.contract(factory);
    }

    @Test
    void theGoalWeighsSeventyPercentAndTheMoneyThirty() {
        assertThat(method.score(answers("achieved", "clear", null)).value()).isEqualTo(100);
        assertThat(method.score(answers("partly", "clear", null)).value()).as("50 × 70% + 100 × 30%").isEqualTo(65);
        assertThat(method.score(answers("achieved", "unclear", null)).value()).isEqualTo(70);
    }

    @Test
    void aProjectThatDidNotReachItsGoalNeedsAReason() {
        assertThat(method.check(answers("not", "clear", null), ABOUT_A_PROJECT)).extracting(FieldError::field).containsExactly("reason");
        assertThat(method.check(answers("not", "clear", "灯只装了一半"), ABOUT_A_PROJECT)).isEmpty();
    }

    private Map<String, Object> answers(String goal, String money, String reason) {
        return method.questionnaire().validate(reason == null ? Map.of("goal", goal, "money", money)
                : Map.of("goal", goal, "money", money, "reason", reason)).values();
    }
}
