package org.weimin.plugins.intake;

import java.nio.charset.StandardCharsets;
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
 * The residents' self-help station (小区居民自治互助站): a volunteer types in what a resident asks at the
 * kiosk or on a paper form. The resident may stay anonymous but leaves a phone number; the platform
 * records who entered it on whose behalf.
 */
@Extension
public class SelfHelpStation implements IntakeChannelFactory {

    static final String ID = "intake.self-help-station";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText displayName() {
        return LocalizedText.of("居民自治互助站", "Self-help station");
    }

    @Override
    public LocalizedText description() {
        return LocalizedText.of("志愿者代居民登记需求，可匿名，但须留联系电话。", "Volunteers enter residents' needs; anonymous allowed with a phone number.");
    }

    @Override
    public FormSchema settingsSchema() {
        return FormSchema.of(Field.text("stationName", LocalizedText.of("互助站名称", "Station name")).withRange(2, 50).withDefault("互助站"));
    }

    @Override
    public IntakeChannel create(PluginContext context, Settings settings) {
        String station = settings.text("stationName").orElse("互助站");
        FormSchema form = FormSchema.of(
                Field.longText("text", LocalizedText.of("居民的需求", "The resident's need")).asRequired().withRange(5, 500),
                Field.text("residentName", LocalizedText.of("居民称呼（可不填，匿名）", "Resident's name (optional)")).withRange(0, 20),
                Field.text("phone", LocalizedText.of("联系电话", "Phone")).asRequired().withRange(5, 20),
                Field.text("place", LocalizedText.of("住址或地点", "Address or place")).withRange(0, 50));
        return new IntakeChannel() {
            @Override
            public IntakeResult receive(org.weimin.spi.intake.InboundDelivery delivery) {
                if (delivery.header("x-weimin-form").isEmpty()) {
                    return new IntakeResult.Unauthenticated("the station's form is filled in through the platform only");
                }
                JsonObject values = JsonBodies.object(delivery.body()).orElse(null);
                if (values == null || JsonBodies.text(values, "text") == null || JsonBodies.text(values, "phone") == null) {
                    return new IntakeResult.Malformed("the need and a phone number are required");
                }
                String name = JsonBodies.text(values, "residentName");
                String contact = JsonBodies.text(values, "phone") + (name == null ? "" : "（" + name + "）") + " · " + station;
                return new IntakeResult.Accepted(List.of(new DemandDraft(JsonBodies.text(values, "text"), null,
                        JsonBodies.text(values, "place"), contact,
                        new DemandDraft.Origin(ID, null, new String(delivery.body(), StandardCharsets.UTF_8)))), null, null);
            }

            @Override
            public FormSchema form() {
                return form;
            }
        };
    }
}
