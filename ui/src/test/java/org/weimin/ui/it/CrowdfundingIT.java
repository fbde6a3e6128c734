package org.weimin.ui.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.weimin.ui.it.Api.field;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Crowdfunding (众筹) with the subsidy matching it (配捐) over REST, in daguan: donations matched within the caps, a threshold
 * grant, a campaign funded and taken by the approval; one that misses its deadline refunded once, even when checked again;
 * a refused project's campaign refunded; isolation and bad input.
 */
class CrowdfundingIT extends PlatformApiTest {

    private static final String BASE = "/api/v1/t/daguan";

    private String cadre;
    private String gridWorker;

    @BeforeEach
    void signIn() {
        cadre = api.signIn("daguan", "cadre", "demo1234");
        gridWorker = api.signIn("daguan", "ma.gw", "demo1234");
        api.post(BASE + "/fund/subsidies", cadre, Api.json(Map.of("amountFen", 1_000_000, "document", "大观财〔2026〕" + tag())));
    }

    @Test
    void donationsAreMatchedWithinTheCapsAndTheFundedCampaignGoesToTheApprovedProject() {
        Api.Reply rules = api.put(BASE + "/fund/match-rules", cadre, Api.json(Map.of("factorNumerator", 1, "factorDenominator", 1,
                "donationCapFen", 50_000, "thresholdGrantFen", 10_000, "thresholdPercent", 50)));
        assertThat(rules.status()).as(rules.body()).isEqualTo(200);
        String project = propose("大观园凉亭修缮 " + tag(), 300_000);
        JsonNode opened = open(project, 200_000, today().plusDays(30));
        String campaign = opened.get("crowdfunding").get("id").asText();
        assertThat(opened.get("crowdfunding").get("status").asText()).isEqualTo("OPEN");
        assertThat(api.post(BASE + "/projects/" + project + "/approval", cadre, "{}").json().get("error").asText())
                .as("approved once the campaign has ended").isEqualTo("campaign_open");
        long pool = balance("SUBSIDY_POOL");

        JsonNode first = give(campaign, 60_000, "李秀英", false);
        assertThat(first.get("matchedFen").asLong()).isEqualTo(50_000);
        assertThat(first.get("matchLimitedBy").asText()).isEqualTo("DONATION_CAP");
        assertThat(first.get("thresholdGrantFen").asLong()).as("half the target raised").isEqualTo(10_000);
        assertThat(first.get("campaign").get("raisedFen").asLong()).isEqualTo(120_000);
        JsonNode second = give(campaign, 40_000, null, true);
        assertThat(second.get("matchedFen").asLong()).isEqualTo(40_000);
        assertThat(second.get("campaign").get("status").asText()).isEqualTo("FUNDED");
        assertThat(donate(campaign, 100, "晚到的人", false).json().get("error").asText()).isEqualTo("campaign_closed");

        JsonNode shown = campaignOf(campaign, null);
        assertThat(shown.get("donatedFen").asLong()).isEqualTo(100_000);
        assertThat(shown.get("matchedFen").asLong()).isEqualTo(90_000);
        assertThat(shown.get("grantedFen").asLong()).isEqualTo(10_000);
        assertThat(shown.get("donors").asInt()).isEqualTo(2);

        JsonNode approved = api.post(BASE + "/projects/" + project + "/approval", cadre, "{}").json();
        assertThat(approved.get("status").asText()).isEqualTo("UNDER_WAY");
        assertThat(approved.get("crowdfunding").get("status").asText()).isEqualTo("TAKEN");
        assertThat(balance("SUBSIDY_POOL")).as("matches, the grant and the rest of the budget").isEqualTo(pool - 90_000 - 10_000 - 100_000);
        assertThat(projectBalance(project)).isEqualTo(300_000);
        String journal = api.get(BASE + "/fund/entries?limit=10", cadre).body();
        assertThat(journal).contains("MATCH", "THRESHOLD_GRANT", "CROWDFUNDING_RAISED", "李秀英");
        assertThat(api.get(BASE + "/fund/statement", null).body()).doesNotContain("\"name\":null,\"anonymous\":false");
        assertThat(api.get(BASE + "/fund/verification", null).json().get("intact").asBoolean()).isTrue();
    }

    @Test
    void aCampaignPastItsDeadlineShortOfItsTargetIsRefundedOnceEvenWhenCheckedAgain() throws Exception {
        api.put(BASE + "/fund/match-rules", cadre, Api.json(Map.of("factorNumerator", 1, "factorDenominator", 2)));
        String project = propose("东苑儿童角 " + tag(), 500_000);
        String campaign = open(project, 500_000, today()).get("crowdfunding").get("id").asText();
        long pool = balance("SUBSIDY_POOL");
        long donors = balance("DONOR_SOURCE");
        assertThat(give(campaign, 30_000, "王建国", false).get("matchedFen").asLong()).isEqualTo(15_000);
        assertThat(give(campaign, 20_001, "王建国", false).get("matchedFen").asLong()).isEqualTo(10_000);
        assertThat(balance("SUBSIDY_POOL")).isEqualTo(pool - 25_000);

        String pastDeadline = "update fund_campaign set deadline = ? where id = ?";
        assertThat(StoredRows.update("daguan", pastDeadline, OffsetDateTime.now().minusMinutes(1), UUID.fromString(campaign))).isEqualTo(1);
        JsonNode missed = waitForStatus(campaign, "MISSED");
        assertThat(missed.get("donatedFen").asLong()).as("what it had raised stays on record").isEqualTo(50_001);
        assertThat(balance("SUBSIDY_POOL")).as("the matches are back in the pool").isEqualTo(pool);
        assertThat(balance("DONOR_SOURCE")).as("the donations went back to their donors").isEqualTo(donors);
        assertThat(crowdfundingBalance(project)).isZero();
        String title = api.get(BASE + "/projects/" + project, gridWorker).json().get("title").asText();
        assertThat(refundsOf(title)).as("one refund for each donation, its match with it").isEqualTo(2);

        // Another instance that still saw the campaign open checks it again: nothing is refunded twice.
        StoredRows.update("daguan", "update fund_campaign set status = 'OPEN' where id = ?", UUID.fromString(campaign));
        waitForStatus(campaign, "MISSED");
        assertThat(refundsOf(title)).isEqualTo(2);
        assertThat(balance("SUBSIDY_POOL")).isEqualTo(pool);
        assertThat(api.get(BASE + "/fund/verification", null).json().get("intact").asBoolean()).isTrue();
        JsonNode approved = api.post(BASE + "/projects/" + project + "/approval", cadre, "{}").json();
        assertThat(approved.get("status").asText()).as("approved from the pool alone once the crowdfunding missed").isEqualTo("UNDER_WAY");
        assertThat(projectBalance(project)).isEqualTo(500_000);
    }

    @Test
    void aRefusedProjectsCampaignGivesEveryDonationAndItsMatchBack() {
        api.put(BASE + "/fund/match-rules", cadre, Api.json(Map.of("factorNumerator", 1, "factorDenominator", 1)));
        String project = propose("南门雨棚 " + tag(), 100_000);
        String campaign = open(project, 100_000, today().plusDays(10)).get("crowdfunding").get("id").asText();
        long pool = balance("SUBSIDY_POOL");
        give(campaign, 10_000, "赵敏", false);
        JsonNode refused = api.post(BASE + "/projects/" + project + "/rejection", cadre, Api.json(Map.of("note", "业主大会未通过"))).json();
        assertThat(refused.get("status").asText()).isEqualTo("REJECTED");
        assertThat(refused.get("crowdfunding").get("status").asText()).isEqualTo("CANCELLED");
        assertThat(balance("SUBSIDY_POOL")).isEqualTo(pool);
        assertThat(crowdfundingBalance(project)).isZero();
    }

    @Test
    void ofTwentyDonationsPressedAtOnceForTenDonationsRoomExactlyTenAreTaken() throws Exception {
        api.put(BASE + "/fund/match-rules", cadre, Api.json(Map.of("factorNumerator", 0, "factorDenominator", 1)));
        String project = propose("北苑晾衣架 " + tag(), 10_000);
        String campaign = open(project, 10_000, today().plusDays(5)).get("crowdfunding").get("id").asText();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(20);
        List<Integer> statuses = new java.util.ArrayList<>();
        try {
            List<java.util.concurrent.Callable<Api.Reply>> presses = new java.util.ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String donor = "邻居" + i;
                presses.add(() -> donate(campaign, 1_000, donor, false));
            }
            for (var reply : pool.invokeAll(presses)) {
                statuses.add(reply.get().status());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(10);
        assertThat(statuses).as("the others are told it is full").allMatch(s -> s == 201 || s == 400 || s == 409);
        JsonNode shown = campaignOf(campaign, null);
        assertThat(shown.get("donatedFen").asLong()).isEqualTo(10_000);
        assertThat(shown.get("status").asText()).isEqualTo("FUNDED");
        assertThat(crowdfundingBalance(project)).isEqualTo(10_000);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndAnotherCommunityNeitherSeesNorGives() {
        String project = propose("西苑路灯 " + tag(), 100_000);
        assertThat(field(api.post(BASE + "/projects/" + project + "/crowdfunding", cadre, "{\"targetFen\": 12.5, \"deadline\": \"2027-01-31\"}")))
                .isEqualTo("targetFen");
        assertThat(field(api.post(BASE + "/projects/" + project + "/crowdfunding", cadre, Api.json(Map.of("targetFen", 100_001,
                "deadline", today().plusDays(5).toString()))))).as("beyond the budget").isEqualTo("targetFen");
        assertThat(field(api.post(BASE + "/projects/" + project + "/crowdfunding", cadre, Api.json(Map.of("targetFen", 100,
                "deadline", "next week"))))).isEqualTo("deadline");
        assertThat(field(api.post(BASE + "/projects/" + project + "/crowdfunding", cadre, Api.json(Map.of("targetFen", 100,
                "deadline", today().minusDays(1).toString()))))).isEqualTo("deadline");
        assertThat(api.post(BASE + "/projects/" + project + "/crowdfunding", gridWorker, Api.json(Map.of("targetFen", 100,
                "deadline", today().plusDays(5).toString()))).status()).as("the cadre opens it").isEqualTo(403);
        assertThat(field(api.put(BASE + "/fund/match-rules", cadre, Api.json(Map.of("factorDenominator", 0))))).isEqualTo("factorDenominator");
        assertThat(field(api.put(BASE + "/fund/match-rules", cadre, Api.json(Map.of("donorCapFen", -1))))).isEqualTo("donorCapFen");
        assertThat(api.put(BASE + "/fund/match-rules", gridWorker, Api.json(Map.of("factorNumerator", 2))).status()).isEqualTo(403);

        String campaign = open(project, 50_000, today().plusDays(5)).get("crowdfunding").get("id").asText();
        assertThat(field(donate(campaign, 50_001, "钱多多", false))).as("more than is left to raise").isEqualTo("amountFen");
        assertThat(field(donate(campaign, -5, "钱多多", false))).isEqualTo("amountFen");
        assertThat(field(api.post(BASE + "/fund/campaigns/" + campaign + "/donations", gridWorker, Api.json(Map.of("amountFen", 100,
                "donorName", "甲", "method", "CASH"))))).isEqualTo("receiptNo");
        assertThat(api.post(BASE + "/fund/campaigns/" + UUID.randomUUID() + "/donations", gridWorker, Api.json(Map.of("amountFen", 100,
                "donorName", "甲", "method", "CASH", "receiptNo", "1"))).status()).isEqualTo(404);
        assertThat(campaignOf(campaign, null).get("donatedFen").asLong()).as("nothing was received").isZero();

        String huanglong = api.signIn("huanglong", "cadre", "demo1234");
        String other = "/api/v1/t/huanglong";
        assertThat(api.post(BASE + "/fund/campaigns/" + campaign + "/donations", huanglong, Api.json(Map.of("amountFen", 100,
                "donorName", "甲", "method", "CASH", "receiptNo", "1"))).status()).isEqualTo(404);
        assertThat(api.post(other + "/fund/campaigns/" + campaign + "/donations", huanglong, Api.json(Map.of("amountFen", 100,
                "donorName", "甲", "method", "CASH", "receiptNo", "1"))).status()).as("another community's campaign").isEqualTo(404);
        assertThat(api.post(other + "/projects/" + project + "/crowdfunding", huanglong, Api.json(Map.of("targetFen", 100,
                "deadline", today().plusDays(5).toString()))).status()).isEqualTo(404);
        assertThat(api.get(BASE + "/fund/match-rules", huanglong).status()).isEqualTo(404);
        String rules = api.get(BASE + "/fund/match-rules", cadre).body();
        assertThat(api.put(BASE + "/fund/match-rules", huanglong, Api.json(Map.of("factorNumerator", 9, "factorDenominator", 1))).status())
                .as("another community's cadre cannot change daguan's rules").isEqualTo(404);
        assertThat(api.get(BASE + "/fund/match-rules", cadre).body()).isEqualTo(rules);
        assertThat(api.get(other + "/projects/public/" + project, null).status()).as("daguan's project is not huanglong's").isEqualTo(404);
        assertThat(api.get(BASE + "/projects/public/" + project, null).status()).isEqualTo(200);
        assertThat(api.get(other + "/fund/campaigns", null).body()).doesNotContain(campaign);
        assertThat(api.get("/api/v1/t/nowhere/fund/campaigns", null).status()).isEqualTo(404);
        assertThat(campaignOf(campaign, null).get("donatedFen").asLong()).isZero();
    }

    private String propose(String title, long budgetFen) {
        Api.Reply proposed = api.post(BASE + "/projects", gridWorker, Api.json(Map.of("title", title, "goal", "居民提出、共同出资",
                "mode", "DIRECT_FUNDING", "budget", List.of(Map.of("item", "材料与施工", "amountFen", budgetFen)),
                "milestones", List.of(Map.of("title", "完工", "deliverable", "完工验收", "dueOn", "2027-06-30", "amountFen", budgetFen)))));
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        return proposed.json().get("id").asText();
    }

    private JsonNode open(String project, long targetFen, LocalDate deadline) {
        Api.Reply opened = api.post(BASE + "/projects/" + project + "/crowdfunding", cadre, Api.json(Map.of("targetFen", targetFen,
                "deadline", deadline.toString())));
        assertThat(opened.status()).as(opened.body()).isEqualTo(200);
        return opened.json();
    }

    private Api.Reply donate(String campaign, long amountFen, String donor, boolean anonymous) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("amountFen", amountFen, "method", "CASH", "receiptNo", "ZC-" + tag(),
                "anonymous", anonymous));
        if (donor != null) {
            body.put("donorName", donor);
        }
        return api.post(BASE + "/fund/campaigns/" + campaign + "/donations", gridWorker, Api.json(body));
    }

    private JsonNode give(String campaign, long amountFen, String donor, boolean anonymous) {
        Api.Reply given = donate(campaign, amountFen, donor, anonymous);
        assertThat(given.status()).as(given.body()).isEqualTo(201);
        return given.json();
    }

    private JsonNode campaignOf(String campaign, String token) {
        for (JsonNode c : api.get(BASE + "/fund/campaigns", token).json()) {
            if (c.get("id").asText().equals(campaign)) {
                return c;
            }
        }
        throw new AssertionError("no campaign " + campaign + " in the list");
    }

    private JsonNode waitForStatus(String campaign, String status) throws InterruptedException {
        long until = System.nanoTime() + 30_000_000_000L;
        JsonNode shown = campaignOf(campaign, null);
        while (!shown.get("status").asText().equals(status) && System.nanoTime() < until) {
            Thread.sleep(250);
            shown = campaignOf(campaign, null);
        }
        assertThat(shown.get("status").asText()).isEqualTo(status);
        return shown;
    }

    /** The refunds out of the campaign account of the project of this title. */
    private long refundsOf(String title) {
        long refunds = 0;
        for (JsonNode entry : api.get(BASE + "/fund/entries?limit=200", cadre).json().get("items")) {
            boolean fromTheCampaign = false;
            for (JsonNode line : entry.get("lines")) {
                fromTheCampaign |= line.get("accountKind").asText().equals("CROWDFUNDING") && title.equals(line.path("accountName").asText());
            }
            refunds += entry.get("kind").asText().equals("REFUND") && fromTheCampaign ? 1 : 0;
        }
        return refunds;
    }

    private long balance(String kind) {
        return account(a -> a.get("kind").asText().equals(kind));
    }

    private long projectBalance(String project) {
        return accountOfProject("PROJECT", project);
    }

    private long crowdfundingBalance(String project) {
        return accountOfProject("CROWDFUNDING", project);
    }

    private long accountOfProject(String kind, String project) {
        String title = api.get(BASE + "/projects/" + project, gridWorker).json().get("title").asText();
        return account(a -> a.get("kind").asText().equals(kind) && title.equals(a.path("name").asText()));
    }

    private long account(java.util.function.Predicate<JsonNode> which) {
        for (JsonNode account : api.get(BASE + "/fund/accounts", cadre).json()) {
            if (which.test(account)) {
                return account.get("balanceFen").asLong();
            }
        }
        return 0;
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 6);
    }
}
