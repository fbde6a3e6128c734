package org.weimin.plugins.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.weimin.spi.evaluation.EvaluationMethod;
import org.weimin.spi.evaluation.Score;
import org.weimin.spi.form.FieldError;
import org.weimin.spi.form.Settings;
import org.weimin.spi.testkit.PluginArchitecture;
import org.weimin.spi.testkit.PluginTestKit;
import org.weimin.spi.testkit.TestPluginContext;

class EvaluationMethodsTest {

    private final TestPluginContext context = new TestPluginContext();

    @TestFactory
    Stream<DynamicTest> everyMethodKeepsThePluginContract() {
        return PluginTestKit.contract(new EvaluationMethods.DoubleReportDoubleReview(),
                new EvaluationMethods.DemocraticAppraisal(), new EvaluationMethods.SubDistrictSupervision(),
                new EvaluationMethods.ThirdPartyAssessment());
    }

    @Test
    void doubleReviewWeighsTheThreeQuestions() {
        var factory = new EvaluationMethods.DoubleReportDoubleReview();
        var settings = factory.settingsSchema().validate(Map.of()).settings();
        EvaluationMethod method = factory.create(context, settings);
        var answers = method.questionnaire().validate(Map.of("satisfaction", "5", "timeliness", "3", "communication", "1"));
        assertThat(method.score(answers.values()).value()).isEqualTo(65);
        var unbalanced = factory.settingsSchema().validate(Map.of("satisfactionWeight", 80)).settings();
        assertThat(factory.check(unbalanced)).extracting(FieldError::field).containsExactly("satisfactionWeight");
    }

    @Test
    void democraticAppraisalSaysWhenTooFewTookPart() {
        var factory = new EvaluationMethods.DemocraticAppraisal();
        EvaluationMethod method = factory.create(context, factory.settingsSchema().validate(Map.of("quorum", 3)).settings());
        Score satisfied = method.score(Map.of("verdict", "satisfied"));
        Score mostly = method.score(Map.of("verdict", "mostly"));
        assertThat(method.aggregate(java.util.List.of(satisfied, mostly)).explanation().en()).contains("fewer than the quorum of 3");
        Score enough = method.aggregate(java.util.List.of(satisfied, mostly, mostly));
        assertThat(enough.value()).isEqualTo(80);
        assertThat(enough.explanation().en()).doesNotContain("quorum");
    }

    @Test
    void supervisionDeductsBySeverity() {
        var factory = new EvaluationMethods.SubDistrictSupervision();
        EvaluationMethod method = factory.create(context, factory.settingsSchema().validate(Map.of()).settings());
        var answers = method.questionnaire().validate(Map.of("criticalFindings", 1, "majorFindings", 2, "minorFindings", 5,
                "rectifiedOnTheSpot", true));
        assertThat(method.score(answers.values()).value()).isEqualTo(100 - 25 - 20 - 15 + 5);
        var many = method.questionnaire().validate(Map.of("criticalFindings", 9, "majorFindings", 0, "minorFindings", 0));
        assertThat(method.score(many.values()).value()).isZero();
    }

    @Test
    void thirdPartyResultsAreAcceptedOnlyWithAValidSignature() {
        var factory = new EvaluationMethods.ThirdPartyAssessment();
        String secret = "a-long-shared-secret-value";
        Settings settings = factory.settingsSchema().validate(Map.of("assessorName", "明评测评中心", "sharedSecret", secret)).settings();
        EvaluationMethod method = factory.create(context, settings);
        String signature = EvaluationMethods.ThirdPartyAssessment.sign(secret.getBytes(StandardCharsets.UTF_8),
                "明评测评中心|87|https://example.org/report/2026");
        var answers = method.questionnaire().validate(Map.of("assessor", "明评测评中心", "overallScore", 87,
                "reportUrl", "https://example.org/report/2026", "signature", signature)).values();
        assertThat(method.check(answers)).isEmpty();
        assertThat(method.score(answers).value()).isEqualTo(87);

        var tampered = new java.util.HashMap<>(answers);
        tampered.put("overallScore", 97L);
        assertThat(method.check(tampered)).extracting(FieldError::field).containsExactly("signature");
        var stranger = new java.util.HashMap<>(answers);
        stranger.put("assessor", "别家机构");
        assertThat(method.check(stranger)).extracting(FieldError::field).containsExactly("assessor");
        assertThat(signature).hasSize(64);
    }

    @Test
    void usesNothingOfThePlatformButTheSpi() {
        PluginArchitecture.assertUsesOnlyTheSpi("org.weimin.plugins.evaluation");
    }
}
