package org.weimin.plugins.intake;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.pf4j.Extension;
import org.weimin.spi.LocalizedText;
import org.weimin.spi.PluginContext;
import org.weimin.spi.form.Field;
import org.weimin.spi.form.FormSchema;
import org.weimin.spi.form.Settings;
import org.weimin.spi.intake.DemandDraft;
import org.weimin.spi.intake.IntakeChannel;
import org.weimin.spi.intake.IntakeChannelFactory;
import org.weimin.spi.intake.IntakeResult;
import org.weimin.spi.intake.JsonBodies;

import jakarta.json.JsonObject;

/**
 * Minutes of a public-opinion forum (社情民意恳谈会): one session (date, place, attendees) with many needs,
 * one per line; each becomes a need linked to the session through its origin.
 */
@Extension
public class PublicOpinionForum implements IntakeChannelFactory {

    static final String ID = "intake.public-forum";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText displayName() {
        return LocalizedText.of("社情民意恳谈会纪要", "Public-opinion forum minutes");
    }

    @Override
    public LocalizedText description() {
        return LocalizedText.of("把一次社情民意恳谈会的纪要（时间、地点、参加人）和会上提出的多条需求一起录入。",
                "Enter one public-opinion forum (date, place, attendees) with the several needs raised there.");
    }

    @Override
    public IntakeChannel create(PluginContext context, Settings settings) {
        FormSchema form = FormSchema.of(
                Field.date("date", LocalizedText.of("会议日期", "Date")).asRequired(),
                Field.text("venue", LocalizedText.of("会议地点", "Venue")).asRequired().withRange(2, 50),
                Field.integer("attendees", LocalizedText.of("参会人数", "Attendees")).asRequired().withRange(1, 1000),
                Field.longText("needs", LocalizedText.of("收集到的需求（每行一条）", "Needs raised (one per line)"))
                        .asRequired().withRange(5, 10000));
        return new IntakeChannel() {
            @Override
            public IntakeResult receive(org.weimin.spi.intake.InboundDelivery delivery) {
                if (delivery.header("x-weimin-form").isEmpty()) {
                    return new IntakeResult.Unauthenticated("forum minutes are entered through the platform only");
                }
                JsonObject minutes = JsonBodies.object(delivery.body()).orElse(null);
                if (minutes == null || JsonBodies.text(minutes, "needs") == null || JsonBodies.text(minutes, "date") == null) {
                    return new IntakeResult.Malformed("the minutes need a date and at least one need");
                }
                String session = "forum:" + JsonBodies.text(minutes, "date") + ":" + JsonBodies.text(minutes, "venue");
                String raw = new String(delivery.body(), StandardCharsets.UTF_8);
                List<DemandDraft> drafts = new ArrayList<>();
                String[] lines = JsonBodies.text(minutes, "needs").split("\\R");
                for (int i = 0; i < lines.length; i++) {
                    String need = lines[i].strip().replaceFirst("^[0-9]+[.、)）]\\s*", "");
                    if (need.length() >= 2) {
                        drafts.add(new DemandDraft(need, null, null, null, new DemandDraft.Origin(ID, session + ":" + (i + 1), raw)));
                    }
                }
                if (drafts.isEmpty()) {
                    return new IntakeResult.Malformed("no needs found in the minutes; write one per line");
                }
                return new IntakeResult.Accepted(drafts, null, null);
            }

            @Override
            public FormSchema form() {
                return form;
            }
        };
    }
}
