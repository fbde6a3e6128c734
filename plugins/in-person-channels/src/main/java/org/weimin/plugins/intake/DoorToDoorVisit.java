package org.weimin.plugins.intake;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.pf4j.Extension;
import org.weimin.spi.LocalizedText;
import org.weimin.spi.PluginContext;
import org.weimin.spi.form.Field;
import org.weimin.spi.form.FormSchema;
import org.weimin.spi.form.Settings;
import org.weimin.spi.intake.DemandDraft;
import org.weimin.spi.intake.HouseholdContact;
import org.weimin.spi.intake.IntakeChannel;
import org.weimin.spi.intake.IntakeChannelFactory;
import org.weimin.spi.intake.IntakeResult;
import org.weimin.spi.intake.JsonBodies;

import jakarta.json.JsonObject;

/**
 * The door-to-door visit log (常态走访) of grid and social workers: the household visited and the needs
 * found, zero or more, one per line. A visit with no need still counts as contact with the household.
 */
@Extension
public class DoorToDoorVisit implements IntakeChannelFactory {

    static final String ID = "intake.door-visit";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText displayName() {
        return LocalizedText.of("入户走访记录", "Door-to-door visit log");
    }

    @Override
    public LocalizedText description() {
        return LocalizedText.of("网格员、社工入户走访时登记走访的住户和发现的需求；没有需求的走访也计入联系户数。",
                "Grid and social workers log the household visited and the needs found; a visit without a need still counts as contact.");
    }

    @Override
    public IntakeChannel create(PluginContext context, Settings settings) {
        FormSchema form = FormSchema.of(
                Field.text("household", LocalizedText.of("走访住户（楼栋-单元-室）", "Household visited (building-unit-room)"))
                        .asRequired().withRange(3, 20),
                Field.date("visitDate", LocalizedText.of("走访日期", "Date of the visit")).asRequired(),
                Field.longText("notes", LocalizedText.of("走访情况", "What was seen")).withRange(0, 1000),
                Field.longText("needs", LocalizedText.of("发现的需求（每行一条，没有可不填）", "Needs found (one per line; none is fine)"))
                        .withRange(0, 5000));
        return new IntakeChannel() {
            @Override
            public IntakeResult receive(org.weimin.spi.intake.InboundDelivery delivery) {
                if (delivery.header("x-weimin-form").isEmpty()) {
                    return new IntakeResult.Unauthenticated("visit logs are entered through the platform only");
                }
                JsonObject visit = JsonBodies.object(delivery.body()).orElse(null);
                String household = visit == null ? null : JsonBodies.text(visit, "household");
                LocalDate date;
                try {
                    date = visit == null ? null : LocalDate.parse(String.valueOf(JsonBodies.text(visit, "visitDate")));
                } catch (DateTimeParseException e) {
                    date = null;
                }
                if (household == null || date == null) {
                    return new IntakeResult.Malformed("a visit needs the household and the date");
                }
                String raw = new String(delivery.body(), StandardCharsets.UTF_8);
                List<DemandDraft> drafts = new ArrayList<>();
                String needs = JsonBodies.text(visit, "needs");
                if (needs != null) {
                    String[] lines = needs.split("\\R");
                    for (int i = 0; i < lines.length; i++) {
                        String need = lines[i].strip();
                        if (need.length() >= 2) {
                            drafts.add(new DemandDraft(need, null, household, "入户走访 " + date, new DemandDraft.Origin(ID,
                                    "visit:" + household + ":" + date + ":" + (i + 1), raw)));
                        }
                    }
                }
                return new IntakeResult.Accepted(drafts, null, null,
                        List.of(new HouseholdContact(household, date, JsonBodies.text(visit, "notes"))));
            }

            @Override
            public FormSchema form() {
                return form;
            }
        };
    }
}
