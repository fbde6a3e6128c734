package org.weimin.plugins.propertyapp;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
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
import org.weimin.spi.intake.Signatures;

import jakarta.json.JsonObject;

/**
 * A property-management app (物业APP) posts needs as signed JSON:
 * {@code X-Timestamp} (Unix seconds), {@code X-Signature} (hex HMAC-SHA256 of {@code timestamp + "." + body}
 * with the shared secret) and {@code Idempotency-Key} (the need's id in the app; a retried delivery with
 * the same key creates nothing new). Deliveries older or newer than the replay window are refused.
 */
@Extension
public class PropertyAppWebhook implements IntakeChannelFactory {

    static final String ID = "intake.property-app";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText displayName() {
        return LocalizedText.of("物业APP", "Property-management app");
    }

    @Override
    public LocalizedText description() {
        return LocalizedText.of("物业APP通过签名的 JSON 推送居民报事。", "The property app pushes residents' reports as signed JSON.");
    }

    @Override
    public FormSchema settingsSchema() {
        return FormSchema.of(
                Field.secret("secret", LocalizedText.of("签名密钥", "Signing secret")).asRequired().withRange(16, 200)
                        .withHelp(LocalizedText.of("交给物业APP开发方，用于给每次推送签名。", "Give it to the app's developers; they sign every delivery with it.")),
                Field.integer("replayWindowSeconds", LocalizedText.of("时间戳允许误差（秒）", "Replay window (seconds)"))
                        .withRange(30, 3600).withDefault("300"));
    }

    @Override
    public IntakeChannel create(PluginContext context, Settings settings) {
        String secret = settings.text("secret").orElseThrow();
        long window = settings.integer("replayWindowSeconds").orElse(300L);
        return delivery -> {
            String timestamp = delivery.header("x-timestamp").orElse(null);
            String signature = delivery.header("x-signature").orElse(null);
            if (timestamp == null || signature == null) {
                return new IntakeResult.Unauthenticated("X-Timestamp and X-Signature headers are required");
            }
            long seconds;
            try {
                seconds = Long.parseLong(timestamp.strip());
            } catch (NumberFormatException e) {
                return new IntakeResult.Unauthenticated("X-Timestamp must be Unix seconds");
            }
            byte[] body = delivery.body();
            byte[] signed = (timestamp.strip() + ".").getBytes(StandardCharsets.UTF_8);
            byte[] content = new byte[signed.length + body.length];
            System.arraycopy(signed, 0, content, 0, signed.length);
            System.arraycopy(body, 0, content, signed.length, body.length);
            if (!Signatures.matches(Signatures.hmacHex("HmacSHA256", secret, content), signature)) {
                return new IntakeResult.Unauthenticated("the signature does not match");
            }
            if (Math.abs(Instant.now(context.clock()).getEpochSecond() - seconds) > window) {
                return new IntakeResult.Unauthenticated("the timestamp is outside the " + window + " s replay window");
            }
            String key = delivery.header("idempotency-key").map(String::strip).orElse("");
            if (key.isEmpty() || key.length() > 100) {
                return new IntakeResult.Malformed("an Idempotency-Key header of 1 to 100 characters is required");
            }
            JsonObject report = JsonBodies.object(body).orElse(null);
            if (report == null) {
                return new IntakeResult.Malformed("the body is not a JSON object");
            }
            String text = JsonBodies.text(report, "text");
            if (text == null || text.isBlank()) {
                return new IntakeResult.Malformed("the field \"text\" is required");
            }
            if (text.length() > 2000) {
                return new IntakeResult.Malformed("\"text\" is longer than 2000 characters");
            }
            String location = JsonBodies.text(report, "location");
            if (location != null && location.strip().length() > 100) {
                return new IntakeResult.Malformed("\"location\" is longer than 100 characters");
            }
            String contact = JsonBodies.text(report, "contact");
            if (contact != null && contact.strip().length() > 50) {
                return new IntakeResult.Malformed("\"contact\" is longer than 50 characters");
            }
            return new IntakeResult.Accepted(List.of(new DemandDraft(text, JsonBodies.text(report, "category"),
                    location, contact,
                    new DemandDraft.Origin(ID, key, new String(body, StandardCharsets.UTF_8)))), null, null);
        };
    }
}
