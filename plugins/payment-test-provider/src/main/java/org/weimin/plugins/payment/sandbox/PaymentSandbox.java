package org.weimin.plugins.payment.sandbox;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;

import org.pf4j.Extension;
import org.weimin.spi.LocalizedText;
import org.weimin.spi.PluginContext;
import org.weimin.spi.form.Field;
import org.weimin.spi.form.FormSchema;
import org.weimin.spi.form.Settings;
import org.weimin.spi.intake.InboundDelivery;
import org.weimin.spi.intake.JsonBodies;
import org.weimin.spi.intake.Signatures;
import org.weimin.spi.payment.PaymentChannel;
import org.weimin.spi.payment.PaymentChannelFactory;
import org.weimin.spi.payment.PaymentNotice;
import org.weimin.spi.payment.PaymentOrder;
import org.weimin.spi.payment.PaymentRequest;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * A payment sandbox that works as page-pay providers do: the order is a signed checkout address built here (the
 * provider's reference derived from the payment's id, so asking again gives the same order), and the provider confirms
 * with notifications signed {@code X-Sandbox-Signature} (hex HMAC-SHA256 of {@code timestamp + "." + body} with the
 * community's secret, the timestamp in {@code X-Sandbox-Timestamp}), a JSON body
 * {@code {"paymentId", "reference", "amountFen", "status": "PAID"|"FAILED", "reason"}}, answered {@code success}.
 */
@Extension
public class PaymentSandbox implements PaymentChannelFactory {

    static final String ID = "payment.sandbox";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText displayName() {
        return LocalizedText.of("支付沙箱（测试用）", "Payment sandbox (for testing)");
    }

    @Override
    public LocalizedText description() {
        return LocalizedText.of("模拟真实支付机构：签名的收银台地址、签名的异步通知（会重发、重复、乱序），用来试用在线捐款。",
                "Behaves like a real provider: signed checkout addresses and signed notifications that are retried, repeated and reordered; for trying online donations.");
    }

    @Override
    public FormSchema settingsSchema() {
        return FormSchema.of(
                Field.secret("secret", LocalizedText.of("签名密钥", "Signing secret")).asRequired().withRange(16, 200)
                        .withHelp(LocalizedText.of("和支付机构约定的密钥，双方用它给收银台地址和通知签名。",
                                "The key agreed with the provider; both sign checkout addresses and notifications with it.")),
                Field.text("checkoutUrl", LocalizedText.of("收银台地址", "Checkout address")).withRange(8, 300)
                        .withDefault("https://sandbox.pay.example/checkout"),
                Field.integer("replayWindowSeconds", LocalizedText.of("时间戳允许误差（秒）", "Replay window (seconds)"))
                        .withRange(30, 3600).withDefault("300"));
    }

    @Override
    public PaymentChannel create(PluginContext context, Settings settings) {
        String secret = settings.text("secret").orElseThrow();
        String checkout = settings.text("checkoutUrl").orElse("https://sandbox.pay.example/checkout");
        long window = settings.integer("replayWindowSeconds").orElse(300L);
        return new PaymentChannel() {
            @Override
            public PaymentOrder order(PaymentRequest request) {
                String reference = "SBX-" + Signatures.hmacHex("HmacSHA256", secret, request.paymentId().getBytes(StandardCharsets.UTF_8))
                        .substring(0, 16).toUpperCase(Locale.ROOT);
                String query = "reference=" + reference + "&amountFen=" + request.amountFen() + "&subject=" + encode(request.description())
                        + "&notify=" + encode(request.notifyUrl()) + "&return=" + encode(request.returnUrl());
                String sign = Signatures.hmacHex("HmacSHA256", secret, query.getBytes(StandardCharsets.UTF_8));
                return new PaymentOrder(reference, checkout + (checkout.contains("?") ? "&" : "?") + query + "&sign=" + sign);
            }

            @Override
            public PaymentNotice notice(InboundDelivery delivery) {
                return read(delivery, secret, window, Instant.now(context.clock()));
            }
        };
    }

    static PaymentNotice read(InboundDelivery delivery, String secret, long window, Instant now) {
        String timestamp = delivery.header("x-sandbox-timestamp").map(String::strip).orElse(null);
        String signature = delivery.header("x-sandbox-signature").orElse(null);
        if (timestamp == null || signature == null) {
            return new PaymentNotice.Unauthenticated("X-Sandbox-Timestamp and X-Sandbox-Signature headers are required");
        }
        byte[] body = delivery.body();
        byte[] signed = (timestamp + ".").getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[signed.length + body.length];
        System.arraycopy(signed, 0, content, 0, signed.length);
        System.arraycopy(body, 0, content, signed.length, body.length);
        if (!Signatures.matches(Signatures.hmacHex("HmacSHA256", secret, content), signature)) {
            return new PaymentNotice.Unauthenticated("the signature does not match");
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            return new PaymentNotice.Unauthenticated("X-Sandbox-Timestamp must be Unix seconds");
        }
        if (Math.abs(now.getEpochSecond() - seconds) > window) {
            return new PaymentNotice.Unauthenticated("the timestamp is outside the " + window + " s replay window");
        }
        JsonObject notice = JsonBodies.object(body).orElse(null);
        if (notice == null) {
            return new PaymentNotice.Malformed("the body is not a JSON object");
        }
        String payment = JsonBodies.text(notice, "paymentId");
        String reference = JsonBodies.text(notice, "reference");
        String status = JsonBodies.text(notice, "status");
        if (payment == null || payment.isBlank() || payment.length() > 64 || reference == null || reference.length() > 64) {
            return new PaymentNotice.Malformed("\"paymentId\" and \"reference\" of at most 64 characters are required");
        }
        if ("PAID".equals(status)) {
            JsonValue amount = notice.get("amountFen");
            if (!(amount instanceof JsonNumber number) || !number.isIntegral() || number.longValue() < 1) {
                return new PaymentNotice.Malformed("\"amountFen\" is a whole number of fen above 0");
            }
            return new PaymentNotice.Paid(payment.strip(), reference.strip(), number.longValue(), "success", "text/plain");
        }
        if ("FAILED".equals(status)) {
            String reason = JsonBodies.text(notice, "reason");
            return new PaymentNotice.Failed(payment.strip(), reference.strip(), reason == null || reason.isBlank() ? "payment failed"
                    : reason.strip().substring(0, Math.min(200, reason.strip().length())), "success", "text/plain");
        }
        return new PaymentNotice.Malformed("\"status\" is PAID or FAILED");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
