package org.weimin.ui.it;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The payment sandbox's provider side, as the tests play it: notifications signed with huanglong's secret (or another). */
final class SandboxProvider {

    static final String HUANGLONG_SECRET = "huanglong-demo-sandbox-secret";
    static final String NOTIFY = "/api/v1/t/huanglong/fund/payments/notifications/payment.sandbox";

    private SandboxProvider() {
    }

    /** The provider says the payment was paid (with this amount) or failed, now, signed as it should be. */
    static Api.Reply notify(Api api, String payment, String status, long amountFen) {
        return send(api, body(payment, status, amountFen), Instant.now().getEpochSecond(), HUANGLONG_SECRET);
    }

    static String body(String payment, String status, long amountFen) {
        return "{\"paymentId\":\"" + payment + "\",\"reference\":\"SBX-TEST\",\"status\":\"" + status + "\""
                + (status.equals("PAID") ? ",\"amountFen\":" + amountFen : ",\"reason\":\"用户取消\"") + "}";
    }

    /** A notification signed over the timestamp and the body with the given secret. */
    static Api.Reply send(Api api, String body, long timestamp, String secret) {
        return api.send(HttpRequest.newBuilder(api.uri(NOTIFY)).header("Content-Type", "application/json")
                .header("X-Sandbox-Timestamp", String.valueOf(timestamp)).header("X-Sandbox-Signature", hmac(secret, timestamp + "." + body))
                .POST(HttpRequest.BodyPublishers.ofString(body)), null);
    }

    private static String hmac(String secret, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
