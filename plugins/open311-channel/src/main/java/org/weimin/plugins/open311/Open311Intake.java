package org.weimin.plugins.open311;

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
import org.weimin.spi.intake.ChannelReplies;
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
    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_ADDRESS = 100;
    static final int MAX_CONTACT = 50;

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
            String body = new String(delivery.body(), StandardCharsets.UTF_8);
            // The key is checked before anything else of the body is decoded.
            if (!java.security.MessageDigest.isEqual(apiKey.getBytes(StandardCharsets.UTF_8),
                    rawValue(body, "api_key").map(Open311Intake::decode).orElse("").getBytes(StandardCharsets.UTF_8))) {
                return new IntakeResult.Unauthenticated("api_key is missing or not valid");
            }
            Map<String, String> form;
            try {
                form = parse(body);
            } catch (IllegalArgumentException e) {
                return new IntakeResult.Malformed("the request is not form-encoded correctly (a % must be followed by two hex digits)");
            }
            String service = form.get("service_code");
            if (service == null || service.isBlank()) {
                return new IntakeResult.Malformed("service_code is required");
            }
            // The specification makes the description optional; staff then read the service and the place.
            String description = form.getOrDefault("description", "").strip();
            if (description.isEmpty()) {
                description = "（未附描述的 Open311 请求，服务：" + service.strip() + "）";
            }
            if (description.length() > MAX_DESCRIPTION) {
                return new IntakeResult.Malformed("description is longer than " + MAX_DESCRIPTION + " characters");
            }
            String place = form.getOrDefault("address_string", form.get("address_id"));
            if (place != null && place.strip().length() > MAX_ADDRESS) {
                return new IntakeResult.Malformed((form.containsKey("address_string") ? "address_string" : "address_id")
                        + " is longer than " + MAX_ADDRESS + " characters");
            }
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
                return new IntakeResult.Malformed("say where: address_string, address_id, or lat and long");
            }
            String phone = blankToNull(form.get("phone"));
            String email = blankToNull(form.get("email"));
            if (phone != null && phone.length() > MAX_CONTACT || email != null && email.length() > MAX_CONTACT) {
                return new IntakeResult.Malformed((phone != null && phone.length() > MAX_CONTACT ? "phone" : "email")
                        + " is longer than " + MAX_CONTACT + " characters");
            }
            String contact = phone != null && email != null ? phone + " / " + email : phone != null ? phone : email;
            String mediaUrl = blankToNull(form.get("media_url"));
            if (mediaUrl != null && (mediaUrl.length() > 500 || !mediaUrl.matches(ChannelReplies.WEB_ADDRESS))) {
                return new IntakeResult.Malformed("media_url is an http or https address of at most 500 characters");
            }
            String urgency = blankToNull(form.get("attribute[URGENCY]"));
            if (urgency != null && !urgency.equals("normal") && !urgency.equals("urgent")) {
                return new IntakeResult.Malformed("attribute[URGENCY] is normal or urgent");
            }
            String token = form.get("x-idempotency-token");
            if (token != null && token.length() > 100) {
                return new IntakeResult.Malformed("x-idempotency-token is longer than 100 characters");
            }
            return new IntakeResult.Accepted(List.of(new DemandDraft(description, service, place, contact,
                    new DemandDraft.Origin(ID, token, withoutKey(body)), point, "urgent".equals(urgency), mediaUrl)), null, null);
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The still-encoded value of one field, found without decoding any other. */
    private static java.util.Optional<String> rawValue(String body, String key) {
        for (String pair : body.split("&")) {
            if (pair.startsWith(key + "=")) {
                return java.util.Optional.of(pair.substring(key.length() + 1));
            }
        }
        return java.util.Optional.empty();
    }

    private static String decode(String encoded) {
        try {
            return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** The request as kept with the need: everything but the client's key. */
    static String withoutKey(String body) {
        return java.util.Arrays.stream(body.split("&")).filter(pair -> !pair.startsWith("api_key="))
                .collect(java.util.stream.Collectors.joining("&"));
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
