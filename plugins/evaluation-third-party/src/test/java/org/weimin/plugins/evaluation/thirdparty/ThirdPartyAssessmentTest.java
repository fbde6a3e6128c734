package org.weimin.plugins.evaluation.thirdparty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.weimin.spi.evaluation.EvaluationMethod;
import org.weimin.spi.evaluation.EvaluationSubject;
import org.weimin.spi.evaluation.Submission;
import org.weimin.spi.form.FieldError;
import org.weimin.spi.form.Settings;
import org.weimin.spi.testkit.PluginArchitecture;
import org.weimin.spi.testkit.PluginTestKit;
import org.weimin.spi.testkit.TestPluginContext;

class ThirdPartyAssessmentTest {

    private static final String SECRET = "a-long-shared-secret-value";
    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    private static final Submission TO_ROUND = new Submission("round-1", EvaluationSubject.COMMUNITY_PERIOD, "subject-1", NOW);

    private final TestPluginContext context = new TestPluginContext();
    private final EvaluationMethod method = method();

    @TestFactory
    Stream<DynamicTest> keepsThePluginContract() {
        return PluginTestKit.contract(new ThirdPartyAssessment());
    }

    @Test
    void aResultSignedForItsRoundAndSubjectIsAcceptedAndScored() {
        Map<String, Object> answers = signed("round-1", "subject-1", NOW.minusSeconds(30));
        assertThat(method.check(answers, TO_ROUND)).isEmpty();
        assertThat(method.score(answers).value()).isEqualTo(87);
        assertThat(answers.get("signature").toString()).hasSize(64);
    }

    @Test
    void aTamperedResultOrAnotherAssessorsIsRefused() {
        Map<String, Object> tampered = new HashMap<>(signed("round-1", "subject-1", NOW));
        tampered.put("overallScore", 97L);
        assertThat(method.check(tampered, TO_ROUND)).extracting(FieldError::field).containsExactly("signature");
        Map<String, Object> stranger = new HashMap<>(signed("round-1", "subject-1", NOW));
        stranger.put("assessor", "别家机构");
        assertThat(method.check(stranger, TO_ROUND)).extracting(FieldError::field).containsExactly("assessor");
    }

    @Test
    void aResultSignedForAnotherRoundOrSubjectIsRefused() {
        assertThat(method.check(signed("round-2", "subject-1", NOW), TO_ROUND)).extracting(FieldError::field).containsExactly("signature");
        assertThat(method.check(signed("round-1", "subject-2", NOW), TO_ROUND)).extracting(FieldError::field).containsExactly("signature");
    }

    @Test
    void aResultReplayedAfterTheWindowOrWithoutItsRoundIsRefused() {
        assertThat(method.check(signed("round-1", "subject-1", NOW.minus(ThirdPartyAssessment.REPLAY_WINDOW).minusSeconds(1)), TO_ROUND))
                .extracting(FieldError::field).containsExactly("signedAt");
        assertThat(method.check(signed("round-1", "subject-1", NOW))).extracting(FieldError::field).containsExactly("signature");
    }

    @Test
    void usesNothingOfThePlatformButTheSpi() {
        PluginArchitecture.assertUsesOnlyTheSpi("org.weimin.plugins.evaluation.thirdparty");
    }

    private EvaluationMethod method() {
        var factory = new ThirdPartyAssessment();
        Settings settings = factory.settingsSchema().validate(Map.of("assessorName", "明评测评中心", "sharedSecret", SECRET)).settings();
        return factory.create(context, settings);
    }

    private Map<String, Object> signed(String round, String subject, Instant at) {
        Map<String, Object> answers = new HashMap<>(Map.of("assessor", "明评测评中心", "overallScore", 87,
                "reportUrl", "https://example.org/report/2026", "signedAt", at.toString(), "signature", "0".repeat(64)));
        answers.put("signature", ThirdPartyAssessment.sign(SECRET, ThirdPartyAssessment.signedContent(round, subject,
                method.questionnaire().validate(answers).values())));
        return method.questionnaire().validate(answers).values();
    }
}
