package org.weimin.plugins.evaluation.thirdparty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.weimin.spi.evaluation.EvaluationMethod;
import org.weimin.spi.form.FieldError;
import org.weimin.spi.form.Settings;
import org.weimin.spi.testkit.PluginArchitecture;
import org.weimin.spi.testkit.PluginTestKit;
import org.weimin.spi.testkit.TestPluginContext;

class ThirdPartyAssessmentTest {

    private final TestPluginContext context = new TestPluginContext();

    @TestFactory
    Stream<DynamicTest> keepsThePluginContract() {
        return PluginTestKit.contract(new ThirdPartyAssessment());
    }

    @Test
    void thirdPartyResultsAreAcceptedOnlyWithAValidSignature() {
        var factory = new ThirdPartyAssessment();
        String secret = "a-long-shared-secret-value";
        Settings settings = factory.settingsSchema().validate(Map.of("assessorName", "明评测评中心", "sharedSecret", secret)).settings();
        EvaluationMethod method = factory.create(context, settings);
        String signature = ThirdPartyAssessment.sign(secret,
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
        PluginArchitecture.assertUsesOnlyTheSpi("org.weimin.plugins.evaluation.thirdparty");
    }
}
