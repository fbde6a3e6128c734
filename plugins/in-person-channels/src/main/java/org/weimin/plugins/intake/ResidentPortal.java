package org.weimin.plugins.intake;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.pf4j.Extension;
import org.weimin.spi.LocalizedText;
import org.weimin.spi.PluginContext;
import org.weimin.spi.form.Field;
import org.weimin.spi.form.FormSchema;
import org.weimin.spi.form.Option;
import org.weimin.spi.form.Settings;
import org.weimin.spi.intake.DemandDraft;
import org.weimin.spi.intake.InboundDelivery;
import org.weimin.spi.intake.IntakeChannel;
import org.weimin.spi.intake.IntakeChannelFactory;
import org.weimin.spi.intake.IntakeResult;
import org.weimin.spi.intake.JsonBodies;

import jakarta.json.JsonObject;

/**
 * The resident portal: a simple form on the phone. Submissions come only through the platform's own
 * signed-in form (the platform marks them); the channel's public address refuses everything else.
 */
@Extension
public class ResidentPortal implements IntakeChannelFactory {

    static final String ID = "intake.resident-portal";
    private static final String FORM_HEADER = "x-weimin-form";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText displayName() {
        return LocalizedText.of("居民网上提需求", "Resident portal");
    }

    @Override
    public LocalizedText description() {
        return LocalizedText.of("居民登录后在手机上填写需求，可选择类别和位置。", "Signed-in residents raise needs on their phones.");
    }

    @Override
    public FormSchema settingsSchema() {
        return FormSchema.of(Field.integer("maxLength", LocalizedText.of("需求描述最多字数", "Longest description"))
                .withRange(50, 2000).withDefault("500"));
    }

    @Override
    public IntakeChannel create(PluginContext context, Settings settings) {
        long maxLength = settings.integer("maxLength").orElse(500L);
        FormSchema form = FormSchema.of(
                Field.longText("text", LocalizedText.of("您需要什么帮助？", "What do you need?")).asRequired()
                        .withRange(5, (int) maxLength)
                        .withHelp(LocalizedText.of("说清楚是什么事、在哪里，例如：3号楼2单元楼道灯坏了。",
                                "Say what and where, e.g. the stair light in building 3, unit 2 is broken.")),
                Field.choice("category", LocalizedText.of("类别（可不选）", "Category (optional)"),
                        option("elderly", "养老助老", "Elderly care"), option("children", "儿童关爱", "Children"),
                        option("environment", "环境卫生", "Environment"), option("safety", "平安安全", "Safety"),
                        option("facilities", "设施维修", "Facilities"), option("health", "医疗健康", "Health"),
                        option("culture", "文体活动", "Culture"), option("employment", "就业帮扶", "Employment"),
                        option("disputes", "邻里纠纷", "Neighbour disputes"), option("parking", "停车出行", "Parking")),
                Field.text("place", LocalizedText.of("地点（可不填）", "Where (optional)")).withRange(0, 50)
                        .withHelp(LocalizedText.of("楼栋-单元-室，例如 3-2-501；或小区里的位置", "building-unit-room, e.g. 3-2-501, or a spot in the estate")));
        return new IntakeChannel() {
            @Override
            public IntakeResult receive(InboundDelivery delivery) {
                if (delivery.header(FORM_HEADER).isEmpty()) {
                    return new IntakeResult.Unauthenticated("the resident portal accepts needs only from signed-in residents");
                }
                JsonObject values = JsonBodies.object(delivery.body()).orElse(null);
                if (values == null || JsonBodies.text(values, "text") == null) {
                    return new IntakeResult.Malformed("the form has no text");
                }
                return new IntakeResult.Accepted(List.of(new DemandDraft(JsonBodies.text(values, "text"),
                        JsonBodies.text(values, "category"), JsonBodies.text(values, "place"), null,
                        new DemandDraft.Origin(ID, null, new String(delivery.body(), StandardCharsets.UTF_8)))), null, null);
            }

            @Override
            public FormSchema form() {
                return form;
            }
        };
    }

    private static Option option(String value, String zh, String en) {
        return new Option(value, LocalizedText.of(zh, en));
    }
}
