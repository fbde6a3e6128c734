package org.weimin.plugins.evaluation.thirdparty;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pf4j.Extension;
import org.weimin.spi.LocalizedText;
import org.weimin.spi.PluginContext;
import org.weimin.spi.evaluation.EvaluationMethod;
import org.weimin.spi.evaluation.EvaluationMethodFactory;
import org.weimin.spi.evaluation.EvaluationSubject;
import org.weimin.spi.evaluation.Score;
import org.weimin.spi.evaluation.Submission;
import org.weimin.spi.form.Field;
import org.weimin.spi.form.FieldError;
import org.weimin.spi.form.FormSchema;
import org.weimin.spi.form.Settings;
import org.weimin.spi.intake.Signatures;

/**
 * 社会第三方测评: an appointed assessor's results, accepted only with a valid signature. The signature covers the round
 * and subject as well as the result and the moment of signing, so a result cannot be moved to another round or
 * subject, and one signed longer ago than the replay window is refused.
 */
@Extension
public class ThirdPartyAssessment implements EvaluationMethodFactory {

    static final Duration REPLAY_WINDOW = Duration.ofMinutes(5);

    @Override
    public String id() {
        return "evaluation.third-party";
    }

    @Override
    public LocalizedText displayName() {
        return LocalizedText.of("社会第三方测评", "Third-party assessment");
    }

    @Override
    public FormSchema settingsSchema() {
        return FormSchema.of(
                Field.text("assessorName", LocalizedText.of("测评机构名称", "Assessor")).asRequired().withRange(2, 100),
                Field.secret("sharedSecret", LocalizedText.of("签名密钥", "Signing secret"))
                        .withHelp(LocalizedText.of("与测评机构约定的密钥，用于核验提交结果的签名。", "Agreed with the assessor; verifies the signature on submitted results."))
                        .asRequired().withRange(16, 200));
    }

    @Override
    public EvaluationMethod create(PluginContext context, Settings settings) {
        String assessor = settings.text("assessorName").orElseThrow();
        String secret = settings.text("sharedSecret").orElseThrow();
        return new EvaluationMethod() {
            @Override
            public Set<EvaluationSubject> subjects() {
                return EnumSet.of(EvaluationSubject.COMMUNITY_PERIOD, EvaluationSubject.PROJECT);
            }

            @Override
            public FormSchema questionnaire() {
                return FormSchema.of(
                        Field.text("assessor", LocalizedText.of("测评机构", "Assessor")).asRequired().withRange(2, 100),
                        Field.integer("overallScore", LocalizedText.of("综合得分", "Overall score")).asRequired().withRange(0, 100),
                        Field.text("reportUrl", LocalizedText.of("测评报告地址", "Report address")).asRequired().withRange(8, 500),
                        Field.text("signedAt", LocalizedText.of("签名时间", "Signed at"))
                                .withHelp(LocalizedText.of("ISO-8601 时刻，如 2026-12-01T08:00:00Z", "an ISO-8601 instant such as 2026-12-01T08:00:00Z"))
                                .asRequired().withRange(20, 40),
                        Field.text("signature", LocalizedText.of("签名", "Signature")).asRequired().withRange(64, 64));
            }

            @Override
            public Set<String> participantRoles() {
                return Set.of("ASSESSOR");
            }

            @Override
            public List<FieldError> check(Map<String, Object> answers) {
                return List.of(new FieldError("signature", LocalizedText.of("测评结果须提交到具体的评估轮次", "a result is submitted to a round")));
            }

            @Override
            public List<FieldError> check(Map<String, Object> answers, Submission submission) {
                if (!assessor.equals(answers.get("assessor"))) {
                    return List.of(new FieldError("assessor", LocalizedText.of("测评机构与本社区约定的不一致", "not the assessor this community appointed")));
                }
                Instant signedAt;
                try {
                    signedAt = Instant.parse(answers.get("signedAt").toString());
                } catch (DateTimeParseException e) {
                    return List.of(new FieldError("signedAt", LocalizedText.of("签名时间应为 ISO-8601 时刻", "not an ISO-8601 instant")));
                }
                if (Duration.between(signedAt, submission.receivedAt()).abs().compareTo(REPLAY_WINDOW) > 0) {
                    return List.of(new FieldError("signedAt", LocalizedText.of("签名已超过 5 分钟有效期，请重新签名后提交",
                            "signed more than 5 minutes from now: sign again and submit")));
                }
                String expected = sign(secret, signedContent(submission.roundId(), submission.subjectId(), answers));
                boolean valid = Signatures.matches(expected, answers.get("signature").toString());
                return valid ? List.of() : List.of(new FieldError("signature", LocalizedText.of("签名无效，结果可能被篡改", "the signature does not verify")));
            }

            @Override
            public Score score(Map<String, Object> answers) {
                return new Score(((Long) answers.get("overallScore")).intValue(),
                        LocalizedText.of(answers.get("assessor") + " 测评，报告：" + answers.get("reportUrl"),
                                "assessed by " + answers.get("assessor") + ", report: " + answers.get("reportUrl")));
            }
        };
    }

    /** What the assessor signs: round, subject, assessor, score, report and the moment of signing, joined by "|". */
    static String signedContent(String roundId, String subjectId, Map<String, Object> answers) {
        return String.join("|", roundId, subjectId, answers.get("assessor").toString(), answers.get("overallScore").toString(),
                answers.get("reportUrl").toString(), answers.get("signedAt").toString());
    }

    static String sign(String secret, String content) {
        return Signatures.hmacHex("HmacSHA256", secret, content.getBytes(StandardCharsets.UTF_8));
    }
}
