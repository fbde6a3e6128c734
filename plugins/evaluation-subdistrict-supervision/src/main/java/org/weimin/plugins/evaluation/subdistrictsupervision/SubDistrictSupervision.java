package org.weimin.plugins.evaluation.subdistrictsupervision;

import java.util.EnumSet;
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
import org.weimin.spi.form.FormSchema;
import org.weimin.spi.form.Settings;

/** 街道专项督查: inspectors' findings, weighted by severity. */
@Extension
public class SubDistrictSupervision implements EvaluationMethodFactory {

    @Override
    public String id() {
        return "evaluation.subdistrict-supervision";
    }

    @Override
    public LocalizedText displayName() {
        return LocalizedText.of("街道专项督查", "Sub-district special supervision");
    }

    @Override
    public FormSchema settingsSchema() {
        return FormSchema.of(
                Field.integer("criticalPenalty", LocalizedText.of("每项严重问题扣分", "Points off per critical finding")).withRange(0, 100).withDefault("25"),
                Field.integer("majorPenalty", LocalizedText.of("每项较大问题扣分", "Points off per major finding")).withRange(0, 100).withDefault("10"),
                Field.integer("minorPenalty", LocalizedText.of("每项一般问题扣分", "Points off per minor finding")).withRange(0, 100).withDefault("3"));
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
                        Field.integer("criticalFindings", LocalizedText.of("严重问题数", "Critical findings")).asRequired().withRange(0, 50),
                        Field.integer("majorFindings", LocalizedText.of("较大问题数", "Major findings")).asRequired().withRange(0, 50),
                        Field.integer("minorFindings", LocalizedText.of("一般问题数", "Minor findings")).asRequired().withRange(0, 50),
                        Field.bool("rectifiedOnTheSpot", LocalizedText.of("已当场整改", "Rectified on the spot")).withDefault("false"),
                        Field.longText("findings", LocalizedText.of("督查发现", "Findings")).withRange(0, 2000));
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
                return new Score((int) value, LocalizedText.of("严重 " + c + " 项、较大 " + m + " 项、一般 " + n + " 项"
                                + (rectified ? "，已当场整改加 5 分" : ""),
                        c + " critical, " + m + " major, " + n + " minor findings" + (rectified ? ", +5 for rectifying on the spot" : "")));
            }
        };
    }
}
