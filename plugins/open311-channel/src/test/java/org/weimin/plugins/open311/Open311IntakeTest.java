package org.weimin.plugins.open311;

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
import org.weimin.spi.intake.DemandDraft;
import org.weimin.spi.intake.InboundDelivery;
import org.weimin.spi.intake.IntakeChannel;
import org.weimin.spi.intake.IntakeResult;
import org.weimin.spi.testkit.PluginArchitecture;
import org.weimin.spi.testkit.PluginTestKit;
import org.weimin.spi.testkit.TestPluginContext;

/** Open311 GeoReport v2 requests: the api_key first, then the form, refused in words when it is not one. */
class Open311IntakeTest {

    private static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");

    private static final TestPluginContext CONTEXT = new TestPluginContext("huanglong", Clock.fixed(NOW, ZoneOffset.UTC), List.of());

    @TestFactory
    Stream<DynamicTest> keepsThePluginContract() {
        return PluginTestKit.contract(new Open311Intake());
    }

    @Test
    void usesNothingOfThePlatformButTheSpi() {
        PluginArchitecture.assertUsesOnlyTheSpi("org.weimin.plugins.open311");
    }

    @Test
    void open311ChecksTheKeyBeforeDecodingAndRefusesBadEncodingInWords() {
        IntakeChannel open311 = new Open311Intake().create(CONTEXT, new Settings(Map.of("apiKey", "open311-api-key-0123456789")));
        byte[] unsigned = "service_code=environment&description=%zz".getBytes(StandardCharsets.UTF_8);
        assertThat(open311.receive(new InboundDelivery("POST", Map.of(), Map.of(), unsigned, "1.2.3.4")))
                .isInstanceOf(IntakeResult.Unauthenticated.class);
        byte[] badPercent = "api_key=open311-api-key-0123456789&service_code=environment&description=%zz".getBytes(StandardCharsets.UTF_8);
        assertThat(open311.receive(new InboundDelivery("POST", Map.of(), Map.of(), badPercent, "1.2.3.4")))
                .isInstanceOfSatisfying(IntakeResult.Malformed.class, m -> assertThat(m.reason()).contains("form-encoded"));
        byte[] shortOne = "api_key=open311-api-key-0123456789&service_code=facilities&description=%E7%81%AF&address_string=5-1"
                .getBytes(StandardCharsets.UTF_8);
        var accepted = (IntakeResult.Accepted) open311.receive(new InboundDelivery("POST", Map.of(), Map.of(), shortOne, "1.2.3.4"));
        assertThat(accepted.drafts().get(0).text()).as("one character is a description").isEqualTo("灯");
        assertThat(accepted.drafts().get(0).origin().rawPayload()).as("the key is not kept").doesNotContain("api_key");
        byte[] longAddress = ("api_key=open311-api-key-0123456789&service_code=facilities&description=x&address_string="
                + "a".repeat(101)).getBytes(StandardCharsets.UTF_8);
        assertThat(open311.receive(new InboundDelivery("POST", Map.of(), Map.of(), longAddress, "1.2.3.4")))
                .isInstanceOfSatisfying(IntakeResult.Malformed.class, m -> assertThat(m.reason()).contains("address_string"));
        byte[] tooLong = ("api_key=open311-api-key-0123456789&service_code=facilities&address_string=5-1&description="
                + "a".repeat(4001)).getBytes(StandardCharsets.UTF_8);
        assertThat(open311.receive(new InboundDelivery("POST", Map.of(), Map.of(), tooLong, "1.2.3.4")))
                .isInstanceOfSatisfying(IntakeResult.Malformed.class, m -> assertThat(m.reason()).contains("4000"));
    }

    @Test
    void open311RequestsNeedTheApiKey() {
        IntakeChannel open311 = new Open311Intake().create(CONTEXT, new Settings(Map.of("apiKey", "open311-api-key-0123456789")));
        byte[] good = "api_key=open311-api-key-0123456789&service_code=facilities&description=%E8%B7%AF%E7%81%AF%E5%9D%8F%E4%BA%86&lat=30.27&long=120.15"
                .getBytes(StandardCharsets.UTF_8);
        var accepted = (IntakeResult.Accepted) open311.receive(new InboundDelivery("POST", Map.of(), Map.of(), good, "1.2.3.4"));
        assertThat(accepted.drafts().get(0).text()).isEqualTo("路灯坏了");
        assertThat(accepted.drafts().get(0).categoryHint()).isEqualTo("facilities");
        assertThat(accepted.drafts().get(0).point()).isEqualTo(new DemandDraft.MapPoint(30.27, 120.15));
        byte[] nowhere = "api_key=open311-api-key-0123456789&service_code=facilities&description=%E8%B7%AF%E7%81%AF".getBytes(StandardCharsets.UTF_8);
        assertThat(open311.receive(new InboundDelivery("POST", Map.of(), Map.of(), nowhere, "1.2.3.4")))
                .isInstanceOfSatisfying(IntakeResult.Malformed.class, m -> assertThat(m.reason()).contains("address_string"));
        byte[] offTheMap = "api_key=open311-api-key-0123456789&service_code=facilities&description=%E8%B7%AF%E7%81%AF&lat=300&long=120"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(open311.receive(new InboundDelivery("POST", Map.of(), Map.of(), offTheMap, "1.2.3.4")))
                .isInstanceOfSatisfying(IntakeResult.Malformed.class, m -> assertThat(m.reason()).contains("-90 to 90"));
        byte[] wrongKey = "api_key=nope&service_code=facilities&description=x".getBytes(StandardCharsets.UTF_8);
        assertThat(open311.receive(new InboundDelivery("POST", Map.of(), Map.of(), wrongKey, "1.2.3.4"))).isInstanceOf(IntakeResult.Unauthenticated.class);
        byte[] noService = "api_key=open311-api-key-0123456789&description=%E8%B7%AF%E7%81%AF".getBytes(StandardCharsets.UTF_8);
        assertThat(open311.receive(new InboundDelivery("POST", Map.of(), Map.of(), noService, "1.2.3.4")))
                .isInstanceOfSatisfying(IntakeResult.Malformed.class, m -> assertThat(m.reason()).contains("service_code"));
    }
}
