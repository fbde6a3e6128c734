package com.example.weimin.plugin;

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
import org.weimin.spi.form.Option;
import org.weimin.spi.form.Settings;

/**
 * An evaluation method as a vendor would add one (居民议事会评议): residents judge a micro-project on whether it did what it
 * promised and whether its money is accounted for; a "not achieved" needs a reason.
 */
@Extension
public class ResidentCouncilReview implements EvaluationMethodFactory {

    @Override
    public String id() {
        return "evaluation.example-council-review";
    }

    @Override
    public LocalizedText displayName() {
        return LocalizedText.of("居民议事会评议", "Residents' council review");
    }

    @Override
    public FormSchema settingsSchema() {
        return FormSchema.of(Field.integer("goalWeight", LocalizedText.of("目标达成的权重（%）", "Weight of the goal (%)"))
                .withRange(0, 100).withDefault("70"));
    }

    @Override
    public EvaluationMethod create(PluginContext context, Settings settings) {
        long goalWeight = settings.integer("goalWeight").orElse(70L);
        return new EvaluationMethod() {
            @Override
            public Set<EvaluationSubject> subjects() {
                return EnumSet.of(EvaluationSubject.PROJECT);
            }

            @Override
            public FormSchema questionnaire() {
                return FormSchema.of(
                        Field.choice("goal", LocalizedText.of("项目目标达到了吗", "Did the project reach its goal"),
                                new Option("achieved", LocalizedText.of("达到了", "Yes")),
                                new Option("partly", LocalizedText.of("部分达到", "Partly")),
                                new Option("not", LocalizedText.of("没有达到", "No"))).asRequired(),
                        Field.choice("money", LocalizedText.of("钱花得清楚吗", "Is the money accounted for"),
                                new Option("clear", LocalizedText.of("清楚", "Yes")),
                                new Option("unclear", LocalizedText.of("不清楚", "No"))).asRequired(),
                        Field.longText("reason", LocalizedText.of("理由", "Reason")).withRange(0, 500));
            }

            @Override
            public Set<String> participantRoles() {
                return Set.of("RESIDENT");
            }

            @Override
            public List<FieldError> check(Map<String, Object> answers, Submission submission) {
                boolean explained = answers.get("reason") != null && !answers.get("reason").toString().isBlank();
                return "not".equals(answers.get("goal")) && !explained
                        ? List.of(new FieldError("reason", LocalizedText.of("选了“没有达到”，请写一句理由", "say why it did not reach its goal")))
                        : List.of();
            }

            @Override
            public Score score(Map<String, Object> answers) {
                int goal = switch (answers.get("goal").toString()) {
                    case "achieved" -> 100;
                    case "partly" -> 50;
                    default -> 0;
                };
                int money = "clear".equals(answers.get("money")) ? 100 : 0;
                int value = (int) ((goal * goalWeight + money * (100 - goalWeight)) / 100);
                return new Score(value, LocalizedText.of("目标 " + goal + " 分 × " + goalWeight + "%、资金 " + money + " 分 × " + (100 - goalWeight) + "%",
                        "goal " + goal + " × " + goalWeight + "%, money " + money + " × " + (100 - goalWeight) + "%"));
            }
        };
    }
}
