package org.weimin.plugins.intake;

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
import org.weimin.spi.testkit.PluginArchitecture;
import org.weimin.spi.testkit.PluginTestKit;
import org.weimin.spi.testkit.TestPluginContext;

/** The platform's own in-person channels, each against the SPI's contract and in its own words. */
class InPersonChannelsTest {

    private static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");

    private static final TestPluginContext CONTEXT = new TestPluginContext("huanglong", Clock.fixed(NOW, ZoneOffset.UTC), List.of());

    @TestFactory
    Stream<DynamicTest> keepsThePluginContract() {
        return PluginTestKit.contract(new ResidentPortal(), new SelfHelpStation(), new PublicOpinionForum(), new DoorToDoorVisit());
    }

    @Test
    void usesNothingOfThePlatformButTheSpi() {
        PluginArchitecture.assertUsesOnlyTheSpi("org.weimin.plugins.intake");
    }

    @Test
    void theResidentPortalTakesOnlyThePlatformsOwnFormSubmissions() {
        IntakeChannel portal = new ResidentPortal().create(CONTEXT, Settings.none());
        byte[] body = "{\"text\":\"希望有人帮忙修轮椅\",\"category\":\"elderly\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(portal.receive(new InboundDelivery("POST", Map.of(), Map.of(), body, "1.2.3.4")))
                .isInstanceOf(IntakeResult.Unauthenticated.class);
        IntakeResult form = portal.receive(new InboundDelivery("POST", Map.of("x-weimin-form", List.of("resident1")), Map.of(), body, "form"));
        assertThat(((IntakeResult.Accepted) form).drafts().get(0).categoryHint()).isEqualTo("elderly");
        assertThat(portal.form().validate(Map.of("text", "短")).errors()).extracting(e -> e.field()).containsExactly("text");
    }

    @Test
    void forumMinutesBecomeOneNeedPerLineLinkedToTheSession() {
        IntakeChannel forum = new PublicOpinionForum().create(CONTEXT, Settings.none());
        byte[] body = "{\"date\":\"2026-11-20\",\"venue\":\"社区议事厅\",\"attendees\":35,\"needs\":\"1. 菜市场门口路面积水\\n2、希望增加老年助餐点\\n\\n3）楼道堆物清理\"}"
                .getBytes(StandardCharsets.UTF_8);
        var accepted = (IntakeResult.Accepted) forum.receive(new InboundDelivery("POST", Map.of("x-weimin-form", List.of("cadre")), Map.of(), body, "form"));
        assertThat(accepted.drafts()).extracting(d -> d.text()).containsExactly("菜市场门口路面积水", "希望增加老年助餐点", "楼道堆物清理");
        assertThat(accepted.drafts()).allMatch(d -> d.origin().externalId().startsWith("forum:2026-11-20:社区议事厅:"));
    }

    @Test
    void theStationKeepsTheResidentsPhone() {
        IntakeChannel station = new SelfHelpStation().create(CONTEXT, new Settings(Map.of("stationName", "东门互助站")));
        byte[] body = "{\"text\":\"家里水管漏水需要师傅\",\"phone\":\"13500001234\"}".getBytes(StandardCharsets.UTF_8);
        var accepted = (IntakeResult.Accepted) station.receive(new InboundDelivery("POST", Map.of("x-weimin-form", List.of("volunteer")), Map.of(), body, "form"));
        assertThat(accepted.drafts().get(0).contact()).contains("13500001234", "东门互助站");
        assertThat(station.receive(new InboundDelivery("POST", Map.of(), Map.of(), body, "1.2.3.4"))).isInstanceOf(IntakeResult.Unauthenticated.class);
    }
}
