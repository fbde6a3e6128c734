package org.weimin.plugins.evaluation.doublereview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.weimin.spi.evaluation.EvaluationMethod;
import org.weimin.spi.form.FieldError;
import org.weimin.spi.testkit.PluginArchitecture;
import org.weimin.spi.testkit.PluginTestKit;
import org.weimin.spi.testkit.TestPluginContext;

class DoubleReportDoubleReviewTest {

    private final TestPluginContext context = new TestPluginContext();

    @TestFactory
    Stream<DynamicTest> keepsThePluginContract() {
        return PluginTestKit.contract(new DoubleReportDoubleReview());
    }

    @Test
    void doubleReviewWeighsTheThreeQuestions() {
        var factory = new DoubleReportDoubleReview();
        var settings = factory.settingsSchema().validate(Map.of()).settings();
        EvaluationMethod method = factory.create(context, settings);
        var answers = method.questionnaire().validate(Map.of("satisfaction", "5", "timeliness", "3", "communication", "1"));
        assertThat(method.score(answers.values()).value()).isEqualTo(65);
        var unbalanced = factory.settingsSchema().validate(Map.of("satisfactionWeight", 80)).settings();
        assertThat(factory.check(unbalanced)).extracting(FieldError::field).containsExactly("satisfactionWeight");
    }

    @Test
    void usesNothingOfThePlatformButTheSpi() {
        PluginArchitecture.assertUsesOnlyTheSpi("org.weimin.plugins.evaluation.doublereview");
    }
}
