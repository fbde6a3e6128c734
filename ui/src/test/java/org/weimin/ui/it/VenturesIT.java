package org.weimin.ui.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.weimin.ui.it.Api.error;
import static org.weimin.ui.it.Api.field;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
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
 * A venture call (公益创投) over REST in huanglong: proposals from an organisation, the panel's scores, one vote per
 * household, the ranking with its arithmetic, the winners funded from the pool within the call's budget; bad input and
 * another community.
 */
class VenturesIT extends PlatformApiTest {

    private static final String BASE = "/api/v1/t/huanglong";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private String cadre;
    private String gridWorker;

    @BeforeEach
    void signIn() {
        cadre = api.signIn("huanglong", "cadre", "demo1234");
        gridWorker = api.signIn("huanglong", "zhou.gw", "demo1234");
    }

    @Test
    void theRankingWeighsThePanelAndTheHouseholdsAndFundsTheWinnersInRankOrderWithinTheBudget() {
        api.post(BASE + "/fund/subsidies", cadre, Api.json(Map.of("amountFen", 1_000_000, "document", "西财〔2026〕V" + tag())));
        String call = open(Map.of()).get("id").asText();
        String organization = approvedOrganization();
        String mealsTitle = "长者助餐 " + tag();
        String meals = propose(call, organization, mealsTitle, 300_000).get("id").asText();
        String homeworkTitle = "四点半课堂 " + tag();
        String homework = propose(call, organization, homeworkTitle, 250_000).get("id").asText();
        String stairs = propose(call, organization, "楼道微更新 " + tag(), 150_000).get("id").asText();
        String resident1 = api.signIn("huanglong", "resident1", "demo1234");
        assertThat(error(api.post(BASE + "/ventures/" + call + "/votes", resident1, Api.json(Map.of("proposalId", homework)))))
                .as("the vote opens once proposals close").isEqualTo("voting_closed");
        assertThat(api.post(BASE + "/ventures/" + call + "/proposal-closure", gridWorker, "").status()).as("the cadre closes").isEqualTo(403);
        assertThat(api.post(BASE + "/ventures/" + call + "/proposal-closure", cadre, "").json().get("status").asText()).isEqualTo("ASSESSING");
        assertThat(error(api.post(BASE + "/ventures/" + call + "/proposals", gridWorker, proposal(organization, "迟到的申请", 1_000))))
                .isEqualTo("call_closed");

        String lin = api.signIn("huanglong", "lin.sw", "demo1234");
        String wu = api.signIn("huanglong", "wu.gw", "demo1234");
        score(lin, call, meals, 36, 27, 27);
        score(lin, call, homework, 32, 24, 24);
        score(lin, call, stairs, 28, 21, 21);
        score(wu, call, meals, 34, 26, 25);
        score(wu, call, homework, 30, 22, 23);
        assertThat(error(api.post(BASE + "/ventures/" + call + "/decision", cadre, "{}"))).as("吴志强 has not scored 楼道微更新")
                .isEqualTo("scores_missing");
        score(wu, call, stairs, 28, 22, 22);
        assertThat(api.get(BASE + "/ventures/" + call + "/my-scores", wu).json().get(stairs).toString()).isEqualTo("[28,22,22]");

        vote("resident1", call, homework);
        vote("resident2", call, homework);
        vote("resident3", call, stairs);
        vote("resident4", call, meals);
        Api.Reply sameHousehold = api.post(BASE + "/ventures/" + call + "/votes", api.signIn("huanglong", "resident5", "demo1234"),
                Api.json(Map.of("proposalId", meals)));
        assertThat(sameHousehold.status()).as("resident5 lives with resident1: one voice per household").isEqualTo(409);
        assertThat(error(sameHousehold)).isEqualTo("already_voted");
        assertThat(api.get(BASE + "/ventures/" + call + "/my-vote", resident1).json().get("proposalId").asText()).isEqualTo(homework);
        JsonNode before = api.get(BASE + "/ventures/" + call, null).json();
        assertThat(before.get("proposals").findValues("place")).as("no scores are public before the decision").allMatch(JsonNode::isNull);
        assertThat(before.get("proposals").findValuesAsText("votes")).containsExactlyInAnyOrder("1", "2", "1");
        long pool = pool();

        JsonNode decided = api.post(BASE + "/ventures/" + call + "/decision", cadre, "{}").json();

        // experts: 长者助餐 (90 + 85) / 2 = 87.50, 四点半课堂 (80 + 75) / 2 = 77.50, 楼道微更新 (70 + 72) / 2 = 71.00 (of 100 points)
        // public: 1, 2 and 1 votes of the most, 2: 50.00, 100.00, 50.00; combined 70 % / 30 %: 76.25, 84.25, 64.70
        assertThat(decided.get("status").asText()).isEqualTo("DECIDED");
        JsonNode ranked = decided.get("proposals");
        assertThat(ranked.findValuesAsText("projectId")).containsExactly(homework, meals, stairs);
        assertThat(ranked.get(0).get("place").get("combinedScore").decimalValue()).isEqualByComparingTo("84.25");
        assertThat(ranked.get(0).get("place").get("sheetTotals").toString()).isEqualTo("[80,75]");
        assertThat(ranked.get(1).get("place").get("expertScore").decimalValue()).isEqualByComparingTo("87.50");
        assertThat(ranked.get(1).get("place").get("publicScore").decimalValue()).isEqualByComparingTo("50.00");
        assertThat(ranked.get(2).get("place").get("combinedScore").decimalValue()).isEqualByComparingTo("64.70");
        // 2,500 yuan fits (2,500 left); 3,000 does not and is passed over; 1,500 fits
        assertThat(ranked.findValuesAsText("outcome")).containsExactly("FUNDED", "OVER_BUDGET", "FUNDED");
        assertThat(decided.get("fundedFen").asLong()).isEqualTo(400_000);
        assertThat(decided.get("mostVotes").asLong()).isEqualTo(2);
        assertThat(pool()).as("the winners' requests are committed from the pool").isEqualTo(pool - 400_000);
        JsonNode winner = api.get(BASE + "/projects/" + homework, cadre).json();
        assertThat(winner.get("status").asText()).isEqualTo("UNDER_WAY");
        assertThat(winner.get("mode").asText()).isEqualTo("PUBLIC_VENTURE");
        assertThat(winner.get("decisionNote").asText()).contains("第 1 名", "84.25");
        assertThat(api.get(BASE + "/projects/" + meals, cadre).json().get("status").asText()).isEqualTo("REJECTED");
        assertThat(api.get(BASE + "/ventures/" + call, null).json().get("proposals").get(0).get("place").get("rank").asInt()).isEqualTo(1);
        assertThat(api.get(BASE + "/projects/public", null).body()).contains(homeworkTitle).doesNotContain(mealsTitle);

        assertThat(error(api.post(BASE + "/ventures/" + call + "/votes", resident1, Api.json(Map.of("proposalId", stairs))))).isEqualTo("voting_closed");
        assertThat(error(api.put(BASE + "/ventures/" + call + "/proposals/" + stairs + "/scores", lin, Api.json(Map.of("points", List.of(1, 1, 1))))))
                .isEqualTo("not_assessing");
        assertThat(error(api.post(BASE + "/ventures/" + call + "/decision", cadre, "{}"))).isEqualTo("not_assessing");
        assertThat(error(api.post(BASE + "/projects/" + stairs + "/approval", cadre, "{}"))).isEqualTo("not_proposed");
    }

    @Test
    void aHouseholdPressingVoteSeveralTimesAtOnceIsCountedOnce() throws Exception {
        String call = open(Map.of()).get("id").asText();
        String proposal = propose(call, approvedOrganization(), "邻里调解 " + tag(), 100_000).get("id").asText();
        api.post(BASE + "/ventures/" + call + "/proposal-closure", cadre, "");
        String resident = api.signIn("huanglong", "resident3", "demo1234");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> presses = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                presses.add(() -> api.post(BASE + "/ventures/" + call + "/votes", resident, Api.json(Map.of("proposalId", proposal))).status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> press : pool.invokeAll(presses)) {
                statuses.add(press.get());
            }
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
            assertThat(statuses).filteredOn(s -> s != 201).allMatch(s -> s == 409);
        } finally {
            pool.shutdown();
        }
        assertThat(api.get(BASE + "/ventures/" + call, null).json().get("proposals").get(0).get("votes").asLong()).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndAnotherCommunityNeitherSeesNorActs() {
        assertThat(field(api.post(BASE + "/ventures", cadre, Api.json(plan(Map.of("expertPercent", 150)))))).isEqualTo("expertPercent");
        assertThat(field(api.post(BASE + "/ventures", cadre, Api.json(plan(Map.of("budgetFen", -1)))))).isEqualTo("budgetFen");
        assertThat(field(api.post(BASE + "/ventures", cadre, Api.json(plan(Map.of("budgetFen", 10.5)))))).isEqualTo("budgetFen");
        assertThat(field(api.post(BASE + "/ventures", cadre, Api.json(plan(Map.of("experts", List.of("nobody"))))))).isEqualTo("experts");
        assertThat(field(api.post(BASE + "/ventures", cadre, Api.json(plan(Map.of("proposalsUntil", "2026-13-01")))))).isEqualTo("proposalsUntil");
        assertThat(field(api.post(BASE + "/ventures", cadre, Api.json(plan(Map.of("tieRule", "COIN_TOSS")))))).isEqualTo("tieRule");
        assertThat(field(api.post(BASE + "/ventures", cadre, Api.json(plan(Map.of("criteria", List.of())))))).isEqualTo("criteria");
        assertThat(api.post(BASE + "/ventures", gridWorker, Api.json(plan(Map.of()))).status()).as("the cadre opens calls").isEqualTo(403);
        assertThat(api.post(BASE + "/ventures", null, Api.json(plan(Map.of()))).status()).isEqualTo(401);

        String call = open(Map.of()).get("id").asText();
        String organization = approvedOrganization();
        assertThat(field(api.post(BASE + "/ventures/" + call + "/proposals", gridWorker, proposal(organization, "太贵的申请", 600_000))))
                .as("more than the call's whole budget").isEqualTo("request");
        assertThat(field(api.post(BASE + "/ventures/" + call + "/proposals", gridWorker, proposal(null, "没有组织", 1_000)))).isEqualTo("organizationId");
        String proposal = propose(call, organization, "社区花园 " + tag(), 100_000).get("id").asText();
        api.post(BASE + "/ventures/" + call + "/proposal-closure", cadre, "");
        String lin = api.signIn("huanglong", "lin.sw", "demo1234");
        String scores = BASE + "/ventures/" + call + "/proposals/" + proposal + "/scores";
        assertThat(field(api.put(scores, lin, Api.json(Map.of("points", List.of(41, 0, 0)))))).isEqualTo("points");
        assertThat(field(api.put(scores, lin, Api.json(Map.of("points", List.of(1, 1)))))).isEqualTo("points");
        assertThat(api.put(scores, cadre, Api.json(Map.of("points", List.of(1, 1, 1)))).status()).as("only the panel scores").isEqualTo(403);
        assertThat(api.post(BASE + "/ventures/" + call + "/votes", gridWorker, Api.json(Map.of("proposalId", proposal))).status())
                .as("staff have no household").isEqualTo(403);
        assertThat(field(api.post(BASE + "/ventures/" + call + "/votes", api.signIn("huanglong", "resident2", "demo1234"),
                Api.json(Map.of("proposalId", UUID.randomUUID().toString()))))).isEqualTo("proposalId");

        String daguan = api.signIn("daguan", "cadre", "demo1234");
        assertThat(api.get("/api/v1/t/daguan/ventures/" + call, null).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/t/daguan/ventures", null).body()).doesNotContain(call);
        assertThat(api.get(BASE + "/ventures/" + call + "/preview", daguan).status()).isEqualTo(404);
        assertThat(api.post(BASE + "/ventures/" + call + "/decision", daguan, "{}").status()).isEqualTo(404);
        assertThat(api.post("/api/v1/t/daguan/ventures/" + call + "/decision", daguan, "{}").status()).isEqualTo(404);
        assertThat(api.post("/api/v1/t/daguan/ventures/" + call + "/votes", api.signIn("daguan", "resident1", "demo1234"),
                Api.json(Map.of("proposalId", proposal))).status()).isEqualTo(404);
        assertThat(api.get(BASE + "/ventures/not-a-call", null).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/t/atlantis/ventures", null).status()).isEqualTo(404);
    }

    private JsonNode open(Map<String, Object> changes) {
        Api.Reply opened = api.post(BASE + "/ventures", cadre, Api.json(plan(changes)));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return opened.json();
    }

    private static Map<String, Object> plan(Map<String, Object> changes) {
        Map<String, Object> plan = new HashMap<>(Map.of("theme", "一老一小 " + tag(), "description", "为社区老人和孩子的公益服务", "budgetFen", 500_000,
                "proposalsUntil", TODAY.plusDays(7).toString(), "votingUntil", TODAY.plusDays(14).toString(),
                "criteria", List.of(Map.of("name", "需求契合度", "maxPoints", 40), Map.of("name", "可行性", "maxPoints", 30),
                        Map.of("name", "预算合理", "maxPoints", 30)), "experts", List.of("lin.sw", "wu.gw")));
        plan.putAll(changes);
        return plan;
    }

    private JsonNode propose(String call, String organization, String title, long requestFen) {
        Api.Reply proposed = api.post(BASE + "/ventures/" + call + "/proposals", gridWorker, proposal(organization, title, requestFen));
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        return proposed.json();
    }

    private static String proposal(String organization, String title, long requestFen) {
        Map<String, Object> body = new HashMap<>(Map.of("title", title, "goal", "服务社区居民", "budget", List.of(Map.of("item", "服务费用", "amountFen", requestFen)),
                "milestones", List.of(Map.of("title", "服务完成", "deliverable", "服务记录和居民签到表", "dueOn", TODAY.plusMonths(3).toString(),
                        "amountFen", requestFen))));
        if (organization != null) {
            body.put("organizationId", organization);
        }
        return Api.json(body);
    }

    private void score(String expert, String call, String proposal, int... points) {
        Api.Reply scored = api.put(BASE + "/ventures/" + call + "/proposals/" + proposal + "/scores", expert,
                Api.json(Map.of("points", java.util.Arrays.stream(points).boxed().toList())));
        assertThat(scored.status()).as(scored.body()).isEqualTo(200);
    }

    private void vote(String resident, String call, String proposal) {
        Api.Reply voted = api.post(BASE + "/ventures/" + call + "/votes", api.signIn("huanglong", resident, "demo1234"),
                Api.json(Map.of("proposalId", proposal)));
        assertThat(voted.status()).as(voted.body()).isEqualTo(201);
    }

    private long pool() {
        return TestFund.balance(api, "huanglong", cadre, "SUBSIDY_POOL");
    }

    private String approvedOrganization() {
        return TestOrganizations.approvedVolunteers(api, "huanglong", cadre, "银发互助会 " + tag());
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 4);
    }
}
