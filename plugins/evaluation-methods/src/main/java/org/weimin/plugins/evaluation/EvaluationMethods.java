package org.weimin.plugins.evaluation;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

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
import org.weimin.spi.form.Option;
import org.weimin.spi.form.Settings;

/** The four standard evaluation mechanisms (微机制) named in the platform's design. */
final class EvaluationMethods {

    private EvaluationMethods() {
    }

    private static LocalizedText text(String zh, String en) {
        return LocalizedText.of(zh, en);
    }

    /** A five-point scale, 5 best, stored as "1".."5". */
    private static Field fivePoint(String key, String zh, String en) {
        return Field.choice(key, text(zh, en),
                new Option("5", text("非常满意", "Very satisfied")), new Option("4", text("满意", "Satisfied")),
                new Option("3", text("一般", "Neutral")), new Option("2", text("不满意", "Dissatisfied")),
                new Option("1", text("非常不满意", "Very dissatisfied"))).asRequired();
    }

    private static int points(Object fivePointAnswer) {
        return (Integer.parseInt(fivePointAnswer.toString()) - 1) * 25;
    }

    /** 双述双评: the community reports and residents review, and the reverse. */
    @Extension
    public static class DoubleReportDoubleReview implements EvaluationMethodFactory {

        @Override
        public String id() {
            return "evaluation.double-review";
        }

        @Override
        public LocalizedText displayName() {
            return text("双述双评", "Double report, double review");
        }

        @Override
        public LocalizedText description() {
            return text("社区向居民述职、居民评议；居民代表述事、社区回应评议。",
                    "The community reports and residents review it; residents raise matters and the community's response is reviewed.");
        }

        @Override
        public FormSchema settingsSchema() {
            return FormSchema.of(
                    Field.integer("satisfactionWeight", text("总体满意度权重（%）", "Weight of overall satisfaction (%)")).withRange(0, 100).withDefault("50"),
                    Field.integer("timelinessWeight", text("办理及时性权重（%）", "Weight of timeliness (%)")).withRange(0, 100).withDefault("30"),
                    Field.integer("communicationWeight", text("沟通反馈权重（%）", "Weight of communication (%)")).withRange(0, 100).withDefault("20"));
        }

        @Override
        public List<FieldError> check(Settings settings) {
            long sum = settings.integer("satisfactionWeight").orElse(0L) + settings.integer("timelinessWeight").orElse(0L)
                    + settings.integer("communicationWeight").orElse(0L);
            return sum == 100 ? List.of() : List.of(new FieldError("satisfactionWeight",
                    text("三项权重之和应为 100，现在是 " + sum, "the three weights must add up to 100, not " + sum)));
        }

        @Override
        public EvaluationMethod create(PluginContext context, Settings settings) {
            long satisfaction = settings.integer("satisfactionWeight").orElse(50L);
            long timeliness = settings.integer("timelinessWeight").orElse(30L);
            long communication = settings.integer("communicationWeight").orElse(20L);
            return new EvaluationMethod() {
                @Override
                public Set<EvaluationSubject> subjects() {
                    return EnumSet.of(EvaluationSubject.DEMAND, EvaluationSubject.COMMUNITY_PERIOD);
                }

                @Override
                public FormSchema questionnaire() {
                    return FormSchema.of(fivePoint("satisfaction", "总体满意度", "Overall satisfaction"),
                            fivePoint("timeliness", "办理是否及时", "Timeliness"),
                            fivePoint("communication", "沟通反馈是否到位", "Communication and feedback"),
                            Field.longText("comment", text("意见和建议", "Comments")).withRange(0, 500));
                }

                @Override
                public Set<String> participantRoles() {
                    return Set.of("RESIDENT", "CADRE");
                }

                @Override
                public Score score(Map<String, Object> answers) {
                    long weighted = (points(answers.get("satisfaction")) * satisfaction
                            + points(answers.get("timeliness")) * timeliness
                            + points(answers.get("communication")) * communication) / 100;
                    return new Score((int) weighted, text("满意度 " + satisfaction + "%、及时性 " + timeliness + "%、沟通 "
                            + communication + "% 加权", "weighted satisfaction " + satisfaction + "%, timeliness " + timeliness
                            + "%, communication " + communication + "%"));
                }
            };
        }
    }

    /** 群众民主评议: residents' democratic appraisal, with a quorum. */
    @Extension
    public static class DemocraticAppraisal implements EvaluationMethodFactory {

        @Override
        public String id() {
            return "evaluation.democratic-appraisal";
        }

        @Override
        public LocalizedText displayName() {
            return text("群众民主评议", "Residents' democratic appraisal");
        }

        @Override
        public FormSchema settingsSchema() {
            return FormSchema.of(Field.integer("quorum", text("最少参评人数", "Minimum number of participants"))
                    .withRange(1, 10000).withDefault("30"));
        }

        @Override
        public EvaluationMethod create(PluginContext context, Settings settings) {
            long quorum = settings.integer("quorum").orElse(30L);
            return new EvaluationMethod() {
                @Override
                public Set<EvaluationSubject> subjects() {
                    return EnumSet.of(EvaluationSubject.COMMUNITY_PERIOD, EvaluationSubject.PROJECT);
                }

                @Override
                public FormSchema questionnaire() {
                    return FormSchema.of(Field.choice("verdict", text("评议意见", "Verdict"),
                                    new Option("satisfied", text("满意", "Satisfied")),
                                    new Option("mostly", text("基本满意", "Mostly satisfied")),
                                    new Option("unsatisfied", text("不满意", "Not satisfied"))).asRequired(),
                            Field.longText("reason", text("理由", "Reason")).withRange(0, 500));
                }

                @Override
                public Set<String> participantRoles() {
                    return Set.of("RESIDENT");
                }

                @Override
                public Score score(Map<String, Object> answers) {
                    return switch (answers.get("verdict").toString()) {
                        case "satisfied" -> new Score(100, text("满意", "satisfied"));
                        case "mostly" -> new Score(70, text("基本满意", "mostly satisfied"));
                        default -> new Score(0, text("不满意", "not satisfied"));
                    };
                }

                @Override
                public Score aggregate(List<Score> scores) {
                    Score mean = EvaluationMethod.super.aggregate(scores);
                    if (scores.size() >= quorum) {
                        return mean;
                    }
                    return new Score(mean.value(), text(mean.explanation().zh() + "；参评 " + scores.size() + " 人，未达到 "
                            + quorum + " 人，结果仅供参考", mean.explanation().en() + "; " + scores.size()
                            + " took part, fewer than the quorum of " + quorum + ", so the result is indicative only"));
                }
            };
        }
    }

    /** 街道专项督查: inspectors' findings, weighted by severity. */
    @Extension
    public static class SubDistrictSupervision implements EvaluationMethodFactory {

        @Override
        public String id() {
            return "evaluation.subdistrict-supervision";
        }

        @Override
        public LocalizedText displayName() {
            return text("街道专项督查", "Sub-district special supervision");
        }

        @Override
        public FormSchema settingsSchema() {
            return FormSchema.of(
                    Field.integer("criticalPenalty", text("每项严重问题扣分", "Points off per critical finding")).withRange(0, 100).withDefault("25"),
                    Field.integer("majorPenalty", text("每项较大问题扣分", "Points off per major finding")).withRange(0, 100).withDefault("10"),
                    Field.integer("minorPenalty", text("每项一般问题扣分", "Points off per minor finding")).withRange(0, 100).withDefault("3"));
        }

        @Override
        public EvaluationMethod create(PluginContext context, Settings settings) {
            long critical = settings.integer("criticalPenalty").orElse(25L);
            long major = settings.integer("majorPenalty").orElse(10L);
            long minor = settings.integer("minorPenalty").orElse(3L);
            return new EvaluationMethod() {
                @Override
                public Set<EvaluationSubject> subjects() {
                    return EnumSet.allOf(EvaluationSubject.class);
                }

                @Override
                public FormSchema questionnaire() {
                    return FormSchema.of(
                            Field.integer("criticalFindings", text("严重问题数", "Critical findings")).asRequired().withRange(0, 50),
                            Field.integer("majorFindings", text("较大问题数", "Major findings")).asRequired().withRange(0, 50),
                            Field.integer("minorFindings", text("一般问题数", "Minor findings")).asRequired().withRange(0, 50),
                            Field.bool("rectifiedOnTheSpot", text("已当场整改", "Rectified on the spot")).withDefault("false"),
                            Field.longText("findings", text("督查发现", "Findings")).withRange(0, 2000));
                }

                @Override
                public Set<String> participantRoles() {
                    return Set.of("SUBDISTRICT_SUPERVISOR");
                }

                @Override
                public Score score(Map<String, Object> answers) {
                    long c = (Long) answers.get("criticalFindings");
                    long m = (Long) answers.get("majorFindings");
                    long n = (Long) answers.get("minorFindings");
                    long value = Math.max(0, 100 - c * critical - m * major - n * minor);
                    boolean rectified = Boolean.TRUE.equals(answers.get("rectifiedOnTheSpot"));
                    if (rectified && value < 100) {
                        value = Math.min(100, value + 5);
                    }
                    return new Score((int) value, text("严重 " + c + " 项、较大 " + m + " 项、一般 " + n + " 项"
                                    + (rectified ? "，已当场整改加 5 分" : ""),
                            c + " critical, " + m + " major, " + n + " minor findings" + (rectified ? ", +5 for rectifying on the spot" : "")));
                }
            };
        }
    }

    /**
     * 社会第三方测评: an external assessor submits its result, signed with the secret the community shares
     * with it (HMAC-SHA256 over {@code assessor|overallScore|reportUrl}, hex).
     */
    @Extension
    public static class ThirdPartyAssessment implements EvaluationMethodFactory {

        @Override
        public String id() {
            return "evaluation.third-party";
        }

        @Override
        public LocalizedText displayName() {
            return text("社会第三方测评", "Third-party assessment");
        }

        @Override
        public FormSchema settingsSchema() {
            return FormSchema.of(
                    Field.text("assessorName", text("测评机构名称", "Assessor")).asRequired().withRange(2, 100),
                    Field.secret("sharedSecret", text("签名密钥", "Signing secret"))
                            .withHelp(text("与测评机构约定的密钥，用于核验提交结果的签名。", "Agreed with the assessor; verifies the signature on submitted results."))
                            .asRequired().withRange(16, 200));
        }

        @Override
        public EvaluationMethod create(PluginContext context, Settings settings) {
            String assessor = settings.text("assessorName").orElseThrow();
            byte[] secret = settings.text("sharedSecret").orElseThrow().getBytes(StandardCharsets.UTF_8);
            return new EvaluationMethod() {
                @Override
                public Set<EvaluationSubject> subjects() {
                    return EnumSet.of(EvaluationSubject.COMMUNITY_PERIOD, EvaluationSubject.PROJECT);
                }

                @Override
                public FormSchema questionnaire() {
                    return FormSchema.of(
                            Field.text("assessor", text("测评机构", "Assessor")).asRequired().withRange(2, 100),
                            Field.integer("overallScore", text("综合得分", "Overall score")).asRequired().withRange(0, 100),
                            Field.text("reportUrl", text("测评报告地址", "Report address")).asRequired().withRange(8, 500),
                            Field.text("signature", text("签名", "Signature")).asRequired().withRange(64, 64));
                }

                @Override
                public Set<String> participantRoles() {
                    return Set.of("ASSESSOR");
                }

                @Override
                public List<FieldError> check(Map<String, Object> answers) {
                    if (!assessor.equals(answers.get("assessor"))) {
                        return List.of(new FieldError("assessor", text("测评机构与本社区约定的不一致", "not the assessor this community appointed")));
                    }
                    String expected = sign(secret, answers.get("assessor") + "|" + answers.get("overallScore") + "|" + answers.get("reportUrl"));
                    boolean valid = MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                            answers.get("signature").toString().toLowerCase().getBytes(StandardCharsets.US_ASCII));
                    return valid ? List.of() : List.of(new FieldError("signature", text("签名无效，结果可能被篡改", "the signature does not verify")));
                }

                @Override
                public Score score(Map<String, Object> answers) {
                    return new Score(((Long) answers.get("overallScore")).intValue(),
                            text(answers.get("assessor") + " 测评，报告：" + answers.get("reportUrl"),
                                    "assessed by " + answers.get("assessor") + ", report: " + answers.get("reportUrl")));
                }
            };
        }

        static String sign(byte[] secret, String content) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secret, "HmacSHA256"));
                return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is missing from this Java runtime", e);
            }
        }
    }
}
