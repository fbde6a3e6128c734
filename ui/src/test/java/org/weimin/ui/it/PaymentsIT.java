package org.weimin.ui.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.weimin.ui.it.Api.error;
import static org.weimin.ui.it.Api.field;

import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Online donations through huanglong's payment sandbox, with this test as the provider: it signs notifications with the
 * community's secret and repeats, reorders and sends them at once, for payments the community knows and one it does not.
 * Each payment is posted exactly once, matched like any donation to its campaign.
 */
class PaymentsIT extends PlatformApiTest {

    private static final String BASE = "/api/v1/t/huanglong";

    private String cadre;

    @BeforeEach
    void signIn() {
        cadre = api.signIn("huanglong", "cadre", "demo1234");
        api.post(BASE + "/fund/subsidies", cadre, Api.json(Map.of("amountFen", 1_000_000, "document", "西财〔2026〕OP" + tag())));
    }

    @Test
    void aPaymentIsPostedOnceWhateverTheProviderRepeatsReordersOrSendsAtOnce() throws Exception {
        String campaign = campaign(100_000);
        JsonNode started = start(Map.of("campaignId", campaign, "amountFen", 20_000, "donorName", "网上的好心人"));
        String payment = started.get("id").asText();
        assertThat(started.get("status").asText()).isEqualTo("CREATED");
        assertThat(started.get("payUrl").asText()).startsWith("https://sandbox.pay.example/checkout?reference=SBX-").contains("amountFen=20000");
        assertThat(started.get("description").asText()).contains("众筹捐款");

        assertThat(notify(payment, "FAILED", 0).body()).as("an earlier attempt's failure, arriving first").isEqualTo("success");
        assertThat(status(payment)).isEqualTo("FAILED");
        assertThat(notify(payment, "PAID", 20_000).body()).isEqualTo("success");
        assertThat(status(payment)).isEqualTo("PAID");
        assertThat(notify(payment, "PAID", 20_000).status()).as("the provider retries").isEqualTo(200);
        assertThat(notify(payment, "FAILED", 0).status()).as("a failure arriving late").isEqualTo(200);
        assertThat(status(payment)).isEqualTo("PAID");
        ExecutorService provider = Executors.newFixedThreadPool(5);
        try {
            List<Callable<Integer>> repeats = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                repeats.add(() -> notify(payment, "PAID", 20_000).status());
            }
            for (Future<Integer> repeat : provider.invokeAll(repeats)) {
                assertThat(repeat.get()).isEqualTo(200);
            }
        } finally {
            provider.shutdown();
        }

        JsonNode shown = campaignOf(campaign);
        assertThat(shown.get("donatedFen").asLong()).as("posted once").isEqualTo(20_000);
        assertThat(shown.get("matchedFen").asLong()).as("and matched once, like any donation").isEqualTo(20_000);
        assertThat(shown.get("donors").asInt()).isEqualTo(1);
        String journal = api.get(BASE + "/fund/entries?limit=20", cadre).body();
        assertThat(journal).contains("网上的好心人", "ONLINE");
        assertThat(api.get(BASE + "/fund/verification", null).json().get("intact").asBoolean()).isTrue();
    }

    @Test
    void aNotificationForgedStaleMisstatedOrAboutAnUnknownPaymentPostsNothing() {
        String payment = start(Map.of("amountFen", 5_000, "donorName", "匿名", "anonymous", true)).get("id").asText();
        long donations = balance("DONATIONS");

        String paid = SandboxProvider.body(payment, "PAID", 5_000);
        long now = Instant.now().getEpochSecond();
        assertThat(SandboxProvider.send(api, paid, now, "not-the-community-secret").status()).as("forged").isEqualTo(401);
        assertThat(SandboxProvider.send(api, paid, now - 3600, SandboxProvider.HUANGLONG_SECRET).status()).as("a replayed old one").isEqualTo(401);
        Api.Reply misstated = notify(payment, "PAID", 500);
        assertThat(misstated.status()).isEqualTo(400);
        assertThat(error(misstated)).isEqualTo("amount_mismatch");
        assertThat(status(payment)).isEqualTo("CREATED");
        Api.Reply unknown = notify(UUID.randomUUID().toString(), "PAID", 5_000);
        assertThat(unknown.status()).as("acknowledged, so the provider stops").isEqualTo(200);
        assertThat(notify("not-even-an-id", "PAID", 5_000).status()).isEqualTo(200);
        assertThat(balance("DONATIONS")).as("nothing posted").isEqualTo(donations);

        assertThat(notify(payment, "PAID", 5_000).status()).isEqualTo(200);
        assertThat(balance("DONATIONS")).as("a gift without a campaign goes to the general donations").isEqualTo(donations + 5_000);
        assertThat(api.get(BASE + "/fund/statement", null).body()).contains("在线捐款").doesNotContain("\"匿名\"");
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndAnotherCommunityHasNoneOfIt() {
        String campaign = campaign(10_000);
        assertThat(field(api.post(BASE + "/fund/payments", null, Api.json(Map.of("amountFen", -1))))).isEqualTo("amountFen");
        assertThat(field(api.post(BASE + "/fund/payments", null, "{\"amountFen\": 12.5}"))).isEqualTo("amountFen");
        assertThat(field(api.post(BASE + "/fund/payments", null, Api.json(Map.of("amountFen", 100, "campaignId", "x"))))).isEqualTo("campaignId");
        assertThat(field(api.post(BASE + "/fund/payments", null, Api.json(Map.of("amountFen", 10_001, "campaignId", campaign)))))
                .as("more than the campaign has room for").isEqualTo("amountFen");
        assertThat(field(api.post(BASE + "/fund/payments", null, Api.json(Map.of("amountFen", 100, "channel", "payment.nope"))))).isEqualTo("channel");
        assertThat(field(api.post(BASE + "/fund/payments", null, Api.json(Map.of("amountFen", 100, "donorName", "长".repeat(51)))))).isEqualTo("donorName");
        assertThat(api.post(BASE + "/fund/payments", null, Api.json(Map.of("amountFen", 100, "campaignId", UUID.randomUUID().toString()))).status())
                .isEqualTo(404);

        String payment = start(Map.of("amountFen", 1_000)).get("id").asText();
        assertThat(api.get("/api/v1/t/daguan/fund/payments/" + payment, null).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/t/daguan/fund/payments", null, Api.json(Map.of("amountFen", 100))).status())
                .as("daguan takes no online payments").isEqualTo(404);
        assertThat(api.send(HttpRequest.newBuilder(api.uri("/api/v1/t/daguan/fund/payments/notifications/payment.sandbox"))
                .POST(HttpRequest.BodyPublishers.ofString(SandboxProvider.body(payment, "PAID", 1_000))), null).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/t/daguan/fund/payments", null, Api.json(Map.of("amountFen", 100, "campaignId", campaign))).status())
                .isEqualTo(404);
        assertThat(api.get(BASE + "/fund/payments/not-an-id", null).status()).isEqualTo(404);
        assertThat(status(payment)).isEqualTo("CREATED");
    }

    private JsonNode start(Map<String, Object> gift) {
        Api.Reply started = api.post(BASE + "/fund/payments", null, Api.json(gift));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        return started.json();
    }

    private String status(String payment) {
        return api.get(BASE + "/fund/payments/" + payment, null).json().get("status").asText();
    }

    private Api.Reply notify(String payment, String status, long amountFen) {
        return SandboxProvider.notify(api, payment, status, amountFen);
    }

    private String campaign(long targetFen) {
        api.put(BASE + "/fund/match-rules", cadre, Api.json(Map.of("factorNumerator", 1, "factorDenominator", 1, "donationCapFen", 50_000)));
        String project = api.post(BASE + "/projects", api.signIn("huanglong", "zhou.gw", "demo1234"), Api.json(Map.of("title", "线上众筹 " + tag(),
                "goal", "试一试在线捐款", "mode", "DIRECT_FUNDING", "budget", List.of(Map.of("item", "物料", "amountFen", targetFen)),
                "milestones", List.of(Map.of("title", "完成", "deliverable", "照片", "dueOn", "2027-06-30", "amountFen", targetFen)))))
                .json().get("id").asText();
        JsonNode opened = api.post(BASE + "/projects/" + project + "/crowdfunding", cadre, Api.json(Map.of("targetFen", targetFen,
                "deadline", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10).toString()))).json();
        return opened.get("crowdfunding").get("id").asText();
    }

    private JsonNode campaignOf(String campaign) {
        for (JsonNode shown : api.get(BASE + "/fund/campaigns", null).json()) {
            if (shown.get("id").asText().equals(campaign)) {
                return shown;
            }
        }
        throw new AssertionError("no campaign " + campaign);
    }

    private long balance(String kind) {
        return TestFund.balance(api, "huanglong", cadre, kind);
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 4);
    }
}
