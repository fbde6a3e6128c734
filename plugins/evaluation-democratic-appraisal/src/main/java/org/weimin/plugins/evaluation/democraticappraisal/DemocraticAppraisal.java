package org.weimin.plugins.evaluation.democraticappraisal;

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
import org.weimin.spi.form.FormSchema;
import org.weimin.spi.form.Option;
import org.weimin.spi.form.Settings;

/** 群众民主评议: residents' democratic appraisal, with a quorum. */
@Extension
public class DemocraticAppraisal implements EvaluationMethodFactory {

    @Override
    public String id() {
        return "evaluation.democratic-appraisal";
    }

    @Override
    public LocalizedText displayName() {
        return LocalizedText.of("群众民主评议", "Residents' democratic appraisal");
    }

    @Override
    public FormSchema settingsSchema() {
        return FormSchema.of(Field.integer("quorum", LocalizedText.of("最少参评人数", "Minimum number of participants"))
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
                return FormSchema.of(Field.choice("verdict", LocalizedText.of("评议意见", "Verdict"),
                                new Option("satisfied", LocalizedText.of("满意", "Satisfied")),
                                new Option("mostly", LocalizedText.of("基本满意", "Mostly satisfied")),
                                new Option("unsatisfied", LocalizedText.of("不满意", "Not satisfied"))).asRequired(),
                        Field.longText("reason", LocalizedText.of("理由", "Reason")).withRange(0, 500));
            }

            @Override
            public Set<String> participantRoles() {
                return Set.of("RESIDENT");
            }

            @Override
            public Score score(Map<String, Object> answers) {
                return switch (answers.get("verdict").toString()) {
                    case "satisfied" -> new Score(100, LocalizedText.of("满意", "satisfied"));
                    case "mostly" -> new Score(70, LocalizedText.of("基本满意", "mostly satisfied"));
                    default -> new Score(0, LocalizedText.of("不满意", "not satisfied"));
                };
            }

            @Override
            public Score aggregate(List<Score> scores) {
                Score mean = EvaluationMethod.super.aggregate(scores);
                if (scores.size() >= quorum) {
                    return mean;
                }
                return new Score(mean.value(), LocalizedText.of(mean.explanation().zh() + "；参评 " + scores.size() + " 人，未达到 "
                        + quorum + " 人，结果仅供参考", mean.explanation().en() + "; " + scores.size()
                        + " took part, fewer than the quorum of " + quorum + ", so the result is indicative only"));
            }
        };
    }
}
