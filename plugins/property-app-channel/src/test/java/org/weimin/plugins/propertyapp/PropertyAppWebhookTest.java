package org.weimin.plugins.propertyapp;

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
import org.weimin.spi.intake.IntakeChannel;
import org.weimin.spi.intake.IntakeResult;
import org.weimin.spi.intake.Signatures;
import org.weimin.spi.testkit.PluginArchitecture;
import org.weimin.spi.testkit.PluginTestKit;
import org.weimin.spi.testkit.TestPluginContext;

/** The property-management app's webhook: signed, replay-protected, idempotent, and hostile bodies refused in words. */
class PropertyAppWebhookTest {

    private static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");

    private static final TestPluginContext CONTEXT = new TestPluginContext("huanglong", Clock.fixed(NOW, ZoneOffset.UTC), List.of());

    private static final String SECRET = "property-app-shared-secret";

    @TestFactory
    Stream<DynamicTest> keepsThePluginContract() {
        return PluginTestKit.contract(new PropertyAppWebhook());
    }

    @Test
    void usesNothingOfThePlatformButTheSpi() {
        PluginArchitecture.assertUsesOnlyTheSpi("org.weimin.plugins.propertyapp");
    }

    @Test
    void aSignedPropertyAppDeliveryBecomesANeedWithItsOrigin() {
        IntakeResult result = propertyApp().receive(signed("{\"text\":\"5号楼电梯困人\",\"location\":\"5-1\",\"contact\":\"13800001111\"}",
                NOW.getEpochSecond(), "app-123"));
        assertThat(result).isInstanceOf(IntakeResult.Accepted.class);
        var draft = ((IntakeResult.Accepted) result).drafts().get(0);
        assertThat(draft.text()).isEqualTo("5号楼电梯困人");
        assertThat(draft.placeHint()).isEqualTo("5-1");
        assertThat(draft.origin().externalId()).isEqualTo("app-123");
        assertThat(draft.origin().rawPayload()).contains("电梯困人");
    }

    @Test
    void aBadSignatureIsRefused() {
        InboundDelivery genuine = signed("{\"text\":\"路灯坏了\"}", NOW.getEpochSecond(), "k1");
        InboundDelivery forged = new InboundDelivery("POST", with(genuine.headers(), "x-signature", "00".repeat(32)),
                Map.of(), genuine.body(), "127.0.0.1");
        assertThat(propertyApp().receive(forged)).isInstanceOf(IntakeResult.Unauthenticated.class);
        InboundDelivery tampered = new InboundDelivery("POST", genuine.headers(), Map.of(),
                "{\"text\":\"路灯修好了\"}".getBytes(StandardCharsets.UTF_8), "127.0.0.1");
        assertThat(propertyApp().receive(tampered)).isInstanceOf(IntakeResult.Unauthenticated.class);
    }

    @Test
    void anOldDeliveryReplayedIsRefused() {
        IntakeResult replay = propertyApp().receive(signed("{\"text\":\"路灯坏了\"}", NOW.getEpochSecond() - 301, "k2"));
        assertThat(replay).isInstanceOfSatisfying(IntakeResult.Unauthenticated.class,
                r -> assertThat(r.reason()).contains("replay window"));
    }

    @Test
    void malformedDeliveriesSayWhatIsWrong() {
        assertThat(propertyApp().receive(signed("not json", NOW.getEpochSecond(), "k3")))
                .isInstanceOfSatisfying(IntakeResult.Malformed.class, r -> assertThat(r.reason()).contains("JSON"));
        assertThat(propertyApp().receive(signed("{\"location\":\"1-1\"}", NOW.getEpochSecond(), "k4")))
                .isInstanceOfSatisfying(IntakeResult.Malformed.class, r -> assertThat(r.reason()).contains("text"));
        assertThat(propertyApp().receive(signed("{\"text\":\"x\"}", NOW.getEpochSecond(), "")))
                .isInstanceOfSatisfying(IntakeResult.Malformed.class, r -> assertThat(r.reason()).contains("Idempotency-Key"));
    }

    @Test
    void hostileButSignedBodiesAreMalformedNotFailures() {
        String nested = "{\"text\":" + "[".repeat(1000) + "]".repeat(1000) + "}";
        assertThat(propertyApp().receive(signed(nested, NOW.getEpochSecond(), "deep")))
                .isInstanceOfSatisfying(IntakeResult.Malformed.class, r -> assertThat(r.reason()).contains("JSON"));
        String longPlace = "{\"text\":\"漏水\",\"location\":\"" + "5".repeat(101) + "\"}";
        assertThat(propertyApp().receive(signed(longPlace, NOW.getEpochSecond(), "place")))
                .isInstanceOfSatisfying(IntakeResult.Malformed.class, r -> assertThat(r.reason()).contains("location"));
        String longContact = "{\"text\":\"漏水\",\"contact\":\"" + "1".repeat(51) + "\"}";
        assertThat(propertyApp().receive(signed(longContact, NOW.getEpochSecond(), "contact")))
                .isInstanceOfSatisfying(IntakeResult.Malformed.class, r -> assertThat(r.reason()).contains("contact"));
    }

    @Test
    void aRetriedDeliveryCarriesTheSameOrigin() {
        var first = (IntakeResult.Accepted) propertyApp().receive(signed("{\"text\":\"漏水\"}", NOW.getEpochSecond(), "same"));
        var again = (IntakeResult.Accepted) propertyApp().receive(signed("{\"text\":\"漏水\"}", NOW.getEpochSecond() + 5, "same"));
        assertThat(again.drafts().get(0).origin().externalId()).isEqualTo(first.drafts().get(0).origin().externalId());
    }

    private static IntakeChannel propertyApp() {
        return new PropertyAppWebhook().create(CONTEXT, new Settings(Map.of("secret", SECRET, "replayWindowSeconds", 300L)));
    }

    private static InboundDelivery signed(String body, long timestamp, String key) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String signature = Signatures.hmacHex("HmacSHA256", SECRET, (timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
        return new InboundDelivery("POST", Map.of("x-timestamp", List.of(String.valueOf(timestamp)),
                "x-signature", List.of(signature), "idempotency-key", List.of(key)), Map.of(), bytes, "127.0.0.1");
    }

    private static Map<String, List<String>> with(Map<String, List<String>> headers, String name, String value) {
        var copy = new java.util.HashMap<>(headers);
        copy.put(name, List.of(value));
        return copy;
    }
}
