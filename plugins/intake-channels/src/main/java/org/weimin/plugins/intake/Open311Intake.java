package org.weimin.plugins.intake;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

/**
 * Service requests from Open311 GeoReport v2 clients (form-encoded POST requests, with the api_key the
 * community issued). The platform serves the rest of the GeoReport API; this channel checks the key and
 * turns the request into a need, the service code becoming the category.
 */
@Extension
public class Open311Intake implements IntakeChannelFactory {

    static final String ID = "intake.open311";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText displayName() {
        return LocalizedText.of("Open311 接口", "Open311 GeoReport v2");
    }

    @Override
    public LocalizedText description() {
        return LocalizedText.of("让支持 Open311 标准的市民应用直接提交需求。", "Lets civic apps that speak Open311 submit needs.");
    }

    @Override
    public FormSchema settingsSchema() {
        return FormSchema.of(Field.secret("apiKey", LocalizedText.of("API 密钥", "API key")).asRequired().withRange(16, 200)
                .withHelp(LocalizedText.of("发给对接的应用，提交时作为 api_key 参数。", "Give it to the client app; it sends it as api_key.")));
    }

    @Override
    public IntakeChannel create(PluginContext context, Settings settings) {
        String apiKey = settings.text("apiKey").orElseThrow();
        return delivery -> {
            Map<String, String> form = parse(new String(delivery.body(), StandardCharsets.UTF_8));
            if (!java.security.MessageDigest.isEqual(apiKey.getBytes(StandardCharsets.UTF_8),
                    form.getOrDefault("api_key", "").getBytes(StandardCharsets.UTF_8))) {
                return new IntakeResult.Unauthenticated("api_key is missing or not valid");
            }
            String service = form.get("service_code");
            if (service == null || service.isBlank()) {
                return new IntakeResult.Malformed("service_code is required");
            }
            String description = form.getOrDefault("description", "").strip();
            if (description.length() < 2) {
                return new IntakeResult.Malformed("description is required");
            }
            if (description.length() > 2000) {
                return new IntakeResult.Malformed("description is longer than 2000 characters");
            }
            String place = form.get("address_string");
            DemandDraft.MapPoint point = null;
            if (form.containsKey("lat") || form.containsKey("long")) {
                try {
                    point = new DemandDraft.MapPoint(Double.parseDouble(form.getOrDefault("lat", "")),
                            Double.parseDouble(form.getOrDefault("long", "")));
                } catch (IllegalArgumentException e) {
                    return new IntakeResult.Malformed("lat and long are both needed, as degrees (lat -90 to 90, long -180 to 180)");
                }
            }
            if ((place == null || place.isBlank()) && point == null) {
                return new IntakeResult.Malformed("say where: address_string, or lat and long");
            }
            String contact = form.getOrDefault("phone", form.get("email"));
            String token = form.get("x-idempotency-token");
            return new IntakeResult.Accepted(List.of(new DemandDraft(description, service, place, contact,
                    new DemandDraft.Origin(ID, token, new String(delivery.body(), StandardCharsets.UTF_8)), point)), null, null);
        };
    }

    static Map<String, String> parse(String body) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            values.putIfAbsent(key, value);
        }
        return values;
    }
}
