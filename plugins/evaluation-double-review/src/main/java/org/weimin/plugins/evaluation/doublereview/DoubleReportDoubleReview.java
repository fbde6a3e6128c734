package org.weimin.plugins.evaluation.doublereview;

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
import org.weimin.spi.form.Option;
import org.weimin.spi.form.Settings;

/** 双述双评: the community reports and residents review, and the reverse. */
@Extension
public class DoubleReportDoubleReview implements EvaluationMethodFactory {

    @Override
    public String id() {
        return "evaluation.double-review";
    }

    @Override
    public LocalizedText displayName() {
        return LocalizedText.of("双述双评", "Double report, double review");
    }

    @Override
    public LocalizedText description() {
        return LocalizedText.of("社区向居民述职、居民评议；居民代表述事、社区回应评议。",
                "The community reports and residents review it; residents raise matters and the community's response is reviewed.");
    }

    @Override
    public FormSchema settingsSchema() {
        return FormSchema.of(
                Field.integer("satisfactionWeight", LocalizedText.of("总体满意度权重（%）", "Weight of overall satisfaction (%)")).withRange(0, 100).withDefault("50"),
                Field.integer("timelinessWeight", LocalizedText.of("办理及时性权重（%）", "Weight of timeliness (%)")).withRange(0, 100).withDefault("30"),
                Field.integer("communicationWeight", LocalizedText.of("沟通反馈权重（%）", "Weight of communication (%)")).withRange(0, 100).withDefault("20"));
    }

    @Override
    public List<FieldError> check(Settings settings) {
        long sum = settings.integer("satisfactionWeight").orElse(0L) + settings.integer("timelinessWeight").orElse(0L)
                + settings.integer("communicationWeight").orElse(0L);
        return sum == 100 ? List.of() : List.of(new FieldError("satisfactionWeight",
                LocalizedText.of("三项权重之和应为 100，现在是 " + sum, "the three weights must add up to 100, not " + sum)));
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
                        Field.longText("comment", LocalizedText.of("意见和建议", "Comments")).withRange(0, 500));
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
                return new Score((int) weighted, LocalizedText.of("满意度 " + satisfaction + "%、及时性 " + timeliness + "%、沟通 "
                        + communication + "% 加权", "weighted satisfaction " + satisfaction + "%, timeliness " + timeliness
                        + "%, communication " + communication + "%"));
            }
        };
    }

    /** A five-point scale, 5 best, stored as "1".."5". */
    private static Field fivePoint(String key, String zh, String en) {
        return Field.choice(key, LocalizedText.of(zh, en),
                new Option("5", LocalizedText.of("非常满意", "Very satisfied")), new Option("4", LocalizedText.of("满意", "Satisfied")),
                new Option("3", LocalizedText.of("一般", "Neutral")), new Option("2", LocalizedText.of("不满意", "Dissatisfied")),
                new Option("1", LocalizedText.of("非常不满意", "Very dissatisfied"))).asRequired();
    }

    private static int points(Object fivePointAnswer) {
        return (Integer.parseInt(fivePointAnswer.toString()) - 1) * 25;
    }
}
