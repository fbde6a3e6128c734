package org.weimin.plugins.evaluation.thirdparty;

import java.nio.charset.StandardCharsets;
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
import org.weimin.spi.form.Field;
import org.weimin.spi.form.FieldError;
import org.weimin.spi.form.FormSchema;
import org.weimin.spi.form.Settings;
import org.weimin.spi.intake.Signatures;

/** 社会第三方测评: an appointed assessor's results, accepted only with a valid signature. */
@Extension
public class ThirdPartyAssessment implements EvaluationMethodFactory {

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
                        Field.text("signature", LocalizedText.of("签名", "Signature")).asRequired().withRange(64, 64));
            }

            @Override
            public Set<String> participantRoles() {
                return Set.of("ASSESSOR");
            }

            @Override
            public List<FieldError> check(Map<String, Object> answers) {
                if (!assessor.equals(answers.get("assessor"))) {
                    return List.of(new FieldError("assessor", LocalizedText.of("测评机构与本社区约定的不一致", "not the assessor this community appointed")));
                }
                String expected = sign(secret, answers.get("assessor") + "|" + answers.get("overallScore") + "|" + answers.get("reportUrl"));
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

    static String sign(String secret, String content) {
        return Signatures.hmacHex("HmacSHA256", secret, content.getBytes(StandardCharsets.UTF_8));
    }
}
