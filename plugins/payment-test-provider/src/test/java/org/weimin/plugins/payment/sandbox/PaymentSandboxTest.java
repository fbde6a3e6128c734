package org.weimin.plugins.payment.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.weimin.spi.form.Settings;
import org.weimin.spi.intake.InboundDelivery;
import org.weimin.spi.intake.Signatures;
import org.weimin.spi.payment.PaymentChannel;
import org.weimin.spi.payment.PaymentNotice;
import org.weimin.spi.payment.PaymentOrder;
import org.weimin.spi.payment.PaymentRequest;
import org.weimin.spi.testkit.PluginArchitecture;
import org.weimin.spi.testkit.PluginTestKit;
import org.weimin.spi.testkit.TestPluginContext;

/** The payment sandbox: signed checkout addresses, and notifications read only when signed with the community's secret and fresh. */
class PaymentSandboxTest {

    private static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");
    private static final String SECRET = "sandbox-shared-secret-0001";
    private static final String PAYMENT = "7b0c3f1e-2a5d-4c8e-9f10-1a2b3c4d5e6f";

    @TestFactory
    Stream<DynamicTest> keepsThePluginContract() {
        return PluginTestKit.contract(new PaymentSandbox());
    }

    @Test
    void usesNothingOfThePlatformButTheSpi() {
        PluginArchitecture.assertUsesOnlyTheSpi("org.weimin.plugins.payment.sandbox");
    }

    @Test
    void anOrderIsASignedCheckoutAddressAndTheSameForTheSamePayment() {
        PaymentRequest request = new PaymentRequest(PAYMENT, 5_000, "为「楼道照明改造」捐款", "https://weimin.example/api/v1/t/huanglong/fund/payments/notifications/payment.sandbox",
                "https://weimin.example/t/huanglong/funding");
        PaymentOrder order = sandbox().order(request);

        assertThat(order.providerReference()).startsWith("SBX-").hasSize(20);
        assertThat(order.payUrl()).startsWith("https://sandbox.pay.example/checkout?reference=" + order.providerReference())
                .contains("amountFen=5000", "&sign=");
        assertThat(sandbox().order(request)).isEqualTo(order);
        assertThat(sandbox().order(new PaymentRequest("another", 5_000, "x", "n", "r")).providerReference()).isNotEqualTo(order.providerReference());
    }

    @Test
    void aSignedFreshNotificationSaysPaidOrFailed() {
        PaymentNotice paid = sandbox().notice(signed("{\"paymentId\":\"" + PAYMENT + "\",\"reference\":\"SBX-1\",\"amountFen\":5000,\"status\":\"PAID\"}",
                NOW.getEpochSecond(), SECRET));
        PaymentNotice failed = sandbox().notice(signed("{\"paymentId\":\"" + PAYMENT + "\",\"reference\":\"SBX-1\",\"status\":\"FAILED\",\"reason\":\"余额不足\"}",
                NOW.getEpochSecond(), SECRET));

        assertThat(paid).isEqualTo(new PaymentNotice.Paid(PAYMENT, "SBX-1", 5_000, "success", "text/plain"));
        assertThat(failed).isInstanceOf(PaymentNotice.Failed.class).extracting("reason").isEqualTo("余额不足");
    }

    @Test
    void aForgedStaleOrUnreadableNotificationIsRefusedInWords() {
        String body = "{\"paymentId\":\"" + PAYMENT + "\",\"reference\":\"SBX-1\",\"amountFen\":5000,\"status\":\"PAID\"}";
        assertThat(sandbox().notice(signed(body, NOW.getEpochSecond(), "someone-elses-secret-000")))
                .isEqualTo(new PaymentNotice.Unauthenticated("the signature does not match"));
        assertThat(sandbox().notice(signed(body, NOW.getEpochSecond() - 301, SECRET))).isInstanceOf(PaymentNotice.Unauthenticated.class);
        assertThat(sandbox().notice(signed("not json", NOW.getEpochSecond(), SECRET))).isInstanceOf(PaymentNotice.Malformed.class);
        assertThat(sandbox().notice(signed(body.replace("5000", "50.5"), NOW.getEpochSecond(), SECRET)))
                .isEqualTo(new PaymentNotice.Malformed("\"amountFen\" is a whole number of fen above 0"));
        assertThat(sandbox().notice(signed(body.replace("PAID", "MAYBE"), NOW.getEpochSecond(), SECRET))).isInstanceOf(PaymentNotice.Malformed.class);
        assertThat(sandbox().notice(new InboundDelivery("POST", Map.of(), Map.of(), body.getBytes(StandardCharsets.UTF_8), "127.0.0.1")))
                .isInstanceOf(PaymentNotice.Unauthenticated.class);
    }

    private static PaymentChannel sandbox() {
        return new PaymentSandbox().create(new TestPluginContext("huanglong", Clock.fixed(NOW, ZoneOffset.UTC), List.of()),
                new Settings(Map.of("secret", SECRET, "checkoutUrl", "https://sandbox.pay.example/checkout", "replayWindowSeconds", 300L)));
    }

    /** A notification as the provider signs it. */
    static InboundDelivery signed(String body, long timestamp, String secret) {
        String signature = Signatures.hmacHex("HmacSHA256", secret, (timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
        return new InboundDelivery("POST", Map.of("x-sandbox-timestamp", List.of(String.valueOf(timestamp)), "x-sandbox-signature", List.of(signature)),
                Map.of(), body.getBytes(StandardCharsets.UTF_8), "127.0.0.1");
    }
}
