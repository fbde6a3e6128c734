package org.weimin.ui.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.weimin.ui.it.Api.field;

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

/** Micro-projects funded from the micro-fund over REST: the flows, the pool that runs out, and their needs' timelines. */
class ProjectsIT extends PlatformApiTest {

    private static final String BASE = "/api/v1/t/huanglong";

    private String cadre;
    private String gridWorker;

    @BeforeEach
    void signIn() {
        cadre = api.signIn("huanglong", "cadre", "demo1234");
        gridWorker = api.signIn("huanglong", "zhou.gw", "demo1234");
    }

    @Test
    void aGrantForEscalatedWishesIsCommittedDeliveredAcceptedAndPaidAndItsResidentsReadEachStep() {
        api.post(BASE + "/fund/subsidies", cadre, Api.json(Map.of("amountFen", 1_000_000, "document", "西财〔2026〕P1")));
        String resident = api.signIn("huanglong", "resident1", "demo1234");
        String reference = api.post(BASE + "/demands", resident, Api.json(Map.of("values", Map.of("text",
                "楼道太陡，希望装扶手 " + UUID.randomUUID())))).json().get("created").get(0).asText();
        String wish = api.get(BASE + "/demands?q=" + reference, gridWorker).json().get("items").get(0).get("id").asText();
        JsonNode escalated = api.post(BASE + "/demands/escalations", gridWorker, Api.json(Map.of("needs", List.of(wish),
                "text", "3号楼楼道加装扶手"))).json();
        String need = escalated.get("summary").get("id").asText();

        JsonNode project = propose(Map.of("title", "3号楼楼道加装扶手", "goal", "让老人上下楼更安全", "beneficiaries", "3号楼12户老人",
                "mode", "DIRECT_FUNDING", "needId", need, "budget", List.of(Map.of("item", "扶手材料", "amountFen", 180_000),
                        Map.of("item", "安装人工", "amountFen", 120_000)),
                "milestones", List.of(step("一至三楼安装", 100_000), step("四至六楼安装", 200_000))));
        String id = project.get("id").asText();
        assertThat(project.get("status").asText()).isEqualTo("PROPOSED");
        assertThat(project.get("budgetFen").asLong()).isEqualTo(300_000);
        long pool = balance("SUBSIDY_POOL");

        assertThat(api.post(BASE + "/projects/" + id + "/approval", gridWorker, "{}").status()).as("the cadre approves").isEqualTo(403);
        JsonNode approved = api.post(BASE + "/projects/" + id + "/approval", cadre, Api.json(Map.of("note", "居民议事会通过"))).json();
        assertThat(approved.get("status").asText()).isEqualTo("UNDER_WAY");
        assertThat(balance("SUBSIDY_POOL")).isEqualTo(pool - 300_000);
        assertThat(api.post(BASE + "/projects/" + id + "/approval", cadre, "{}").json().get("error").asText()).isEqualTo("not_proposed");

        String first = approved.get("milestones").get(0).get("id").asText();
        assertThat(api.post(BASE + "/projects/" + id + "/milestones/" + first + "/acceptance", cadre, "").json().get("error").asText())
                .isEqualTo("not_delivered");
        api.post(BASE + "/projects/" + id + "/milestones/" + first + "/delivery", gridWorker, Api.json(Map.of("note", "一至三楼已装好")));
        api.post(BASE + "/projects/" + id + "/milestones/" + first + "/acceptance", cadre, "");
        String second = approved.get("milestones").get(1).get("id").asText();
        api.post(BASE + "/projects/" + id + "/milestones/" + second + "/delivery", gridWorker, Api.json(Map.of("note", "四至六楼已装好")));
        JsonNode done = api.post(BASE + "/projects/" + id + "/milestones/" + second + "/acceptance", cadre, "").json();
        assertThat(done.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(done.get("paidFen").asLong()).isEqualTo(300_000);

        JsonNode timeline = api.get(BASE + "/demands/" + need, gridWorker).json();
        assertThat(timeline.get("summary").get("status").asText()).isEqualTo("RESOLVED");
        assertThat(timeline.get("timeline").toString()).contains("PROJECT_PROGRESS", "已获批", "一至三楼已装好", "验收通过");
        String journal = api.get(BASE + "/fund/entries?limit=10", cadre).body();
        assertThat(journal).contains("COMMITMENT", "DISBURSEMENT");
        assertThat(api.get(BASE + "/fund/verification", null).json().get("intact").asBoolean()).isTrue();
    }

    @Test
    void aRewardNotMetAndAPurchaseEndedEarlyGiveBackWhatTheyDidNotUse() {
        api.post(BASE + "/fund/subsidies", cadre, Api.json(Map.of("amountFen", 500_000, "document", "西财〔2026〕P2")));
        long pool = balance("SUBSIDY_POOL");
        String reward = propose(Map.of("title", "垃圾分类以奖代补", "goal", "分类准确率达到90%", "mode", "REWARD_IN_LIEU",
                "budget", List.of(Map.of("item", "奖励", "amountFen", 80_000)), "milestones", List.of(step("准确率达标", 0)))).get("id").asText();
        api.post(BASE + "/projects/" + reward + "/approval", cadre, "{}");
        assertThat(balance("SUBSIDY_POOL")).isEqualTo(pool - 80_000);
        JsonNode missed = api.post(BASE + "/projects/" + reward + "/results", cadre, Api.json(Map.of("met", false, "note", "抽查准确率70%"))).json();
        assertThat(missed.get("status").asText()).isEqualTo("CLOSED_UNFINISHED");
        assertThat(balance("SUBSIDY_POOL")).as("the reservation is back").isEqualTo(pool);

        String purchase = propose(Map.of("title", "老年助餐服务购买", "goal", "为60户老人提供午餐", "mode", "GOVERNMENT_PURCHASE",
                "budget", List.of(Map.of("item", "助餐服务", "amountFen", 120_000)),
                "milestones", List.of(step("第一季度", 60_000), step("第二季度", 60_000)))).get("id").asText();
        JsonNode contracted = api.post(BASE + "/projects/" + purchase + "/approval", cadre, Api.json(Map.of("note", "合同 GM-2026-08"))).json();
        String quarter = contracted.get("milestones").get(0).get("id").asText();
        api.post(BASE + "/projects/" + purchase + "/milestones/" + quarter + "/delivery", gridWorker, Api.json(Map.of("note", "一季度已供餐")));
        api.post(BASE + "/projects/" + purchase + "/milestones/" + quarter + "/acceptance", cadre, "");
        JsonNode ended = api.post(BASE + "/projects/" + purchase + "/closure", cadre, Api.json(Map.of("note", "服务商退出"))).json();
        assertThat(ended.get("paidFen").asLong()).isEqualTo(60_000);
        assertThat(balance("SUBSIDY_POOL")).isEqualTo(pool - 60_000);
        assertThat(api.get(BASE + "/fund/verification", null).json().get("intact").asBoolean()).isTrue();
    }

    @Test
    void ofAHundredApprovalsAtOnceExactlyTheThirtySevenThePoolAffordsSucceed() throws Exception {
        String base = "/api/v1/t/daguan";
        String daguanCadre = api.signIn("daguan", "cadre", "demo1234");
        long held = balanceIn(base, daguanCadre);
        long each = held + 1_000;
        Api.Reply topUp = api.post(base + "/fund/subsidies", daguanCadre, Api.json(Map.of("amountFen", 38 * each - 1 - held, "document", "上城财〔2026〕9号")));
        assertThat(topUp.status()).as(topUp.body()).isEqualTo(201);
        assertThat(balanceIn(base, daguanCadre)).isEqualTo(37 * each + each - 1);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Api.Reply proposed = api.post(base + "/projects", daguanCadre, Api.json(Map.of("title", "楼栋微更新" + i, "goal", "改善楼道",
                    "mode", "DIRECT_FUNDING", "budget", List.of(Map.of("item", "材料", "amountFen", each)), "milestones", List.of(step("完工", each)))));
            assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
            ids.add(proposed.json().get("id").asText());
        }
        ExecutorService pool = Executors.newFixedThreadPool(100);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Callable<Api.Reply>> presses = ids.stream().<Callable<Api.Reply>>map(id -> () ->
                    api.post(base + "/projects/" + id + "/approval", daguanCadre, "{}")).toList();
            for (Future<Api.Reply> reply : pool.invokeAll(presses)) {
                Api.Reply answer = reply.get();
                if (answer.status() == 409) {
                    assertThat(answer.json().get("error").asText()).isEqualTo("insufficient_funds");
                }
                statuses.add(answer.status());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(37);
        assertThat(statuses.stream().filter(s -> s == 409).count()).isEqualTo(63);
        assertThat(balanceIn(base, daguanCadre)).isEqualTo(each - 1);
        long underWay = 0;
        for (JsonNode project : api.get(base + "/projects", daguanCadre).json()) {
            underWay += ids.contains(project.get("id").asText()) && project.get("status").asText().equals("UNDER_WAY") ? 1 : 0;
        }
        assertThat(underWay).as("a refused approval leaves its project proposed").isEqualTo(37);
        assertThat(api.get(base + "/fund/verification", null).json().get("intact").asBoolean()).isTrue();
    }

    @Test
    void aBudgetCommittedFromANamedFundGoesBackThereWhenTheProjectEndsEarly() {
        String fund = api.post(BASE + "/fund/named-funds", cadre, Api.json(Map.of("name", "助老冠名基金 " + UUID.randomUUID().toString().substring(0, 4))))
                .json().get("id").asText();
        api.post(BASE + "/fund/donations", gridWorker, Api.json(Map.of("amountFen", 90_000, "donorName", "王氏家族", "method", "BANK_TRANSFER",
                "receiptNo", "YH-N" + UUID.randomUUID().toString().substring(0, 4), "namedFundId", fund)));
        String id = propose(Map.of("title", "助老理发服务", "goal", "每月为高龄老人上门理发", "mode", "GOVERNMENT_PURCHASE",
                "budget", List.of(Map.of("item", "理发服务", "amountFen", 60_000)),
                "milestones", List.of(step("第一季度", 30_000), step("第二季度", 30_000)))).get("id").asText();
        long pool = balance("SUBSIDY_POOL");
        assertThat(field(api.post(BASE + "/projects/" + id + "/approval", cadre, Api.json(Map.of("fundId", "not-a-fund"))))).isEqualTo("fundId");
        assertThat(field(api.post(BASE + "/projects/" + id + "/approval", cadre, Api.json(Map.of("fundId", UUID.randomUUID().toString())))))
                .isEqualTo("fundId");
        String daguanPool = api.get("/api/v1/t/daguan/fund/accounts", api.signIn("daguan", "cadre", "demo1234")).json().findValuesAsText("id").get(0);
        assertThat(field(api.post(BASE + "/projects/" + id + "/approval", cadre, Api.json(Map.of("fundId", daguanPool)))))
                .as("another community's fund is unknown here").isEqualTo("fundId");

        JsonNode approved = api.post(BASE + "/projects/" + id + "/approval", cadre, Api.json(Map.of("fundId", fund))).json();
        assertThat(approved.get("status").asText()).isEqualTo("UNDER_WAY");
        assertThat(fundBalance(fund)).isEqualTo(30_000);
        assertThat(balance("SUBSIDY_POOL")).as("the pool is untouched").isEqualTo(pool);
        String first = approved.get("milestones").get(0).get("id").asText();
        api.post(BASE + "/projects/" + id + "/milestones/" + first + "/delivery", gridWorker, Api.json(Map.of("note", "一季度理发48人次")));
        api.post(BASE + "/projects/" + id + "/milestones/" + first + "/acceptance", cadre, "");
        api.post(BASE + "/projects/" + id + "/closure", cadre, Api.json(Map.of("note", "服务商停业")));
        assertThat(fundBalance(fund)).as("what was not used is back in the named fund").isEqualTo(60_000);
        assertThat(balance("SUBSIDY_POOL")).isEqualTo(pool);
        assertThat(api.get(BASE + "/fund/verification", null).json().get("intact").asBoolean()).isTrue();
    }

    private long fundBalance(String fundId) {
        for (JsonNode account : api.get(BASE + "/fund/accounts", cadre).json()) {
            if (account.get("id").asText().equals(fundId)) {
                return account.get("balanceFen").asLong();
            }
        }
        throw new AssertionError("no fund " + fundId);
    }

    @Test
    void badInputNamesTheFieldAndAnotherCommunityNeitherSeesNorDecides() {
        assertThat(field(propose(null, Map.of("title", "x", "goal", "y", "mode", "LOTTERY")))).isEqualTo("mode");
        assertThat(field(propose(null, Map.of("title", "x", "goal", "y", "mode", "DIRECT_FUNDING",
                "budget", List.of(Map.of("item", "a", "amountFen", 10.5)), "milestones", List.of(step("m", 10)))))).isEqualTo("budget");
        assertThat(field(propose(null, Map.of("title", "x", "goal", "y", "mode", "DIRECT_FUNDING",
                "budget", List.of(Map.of("item", "a", "amountFen", 100)), "milestones", List.of(step("m", 60)))))).isEqualTo("milestones");
        assertThat(field(propose(null, Map.of("title", "x", "goal", "y", "mode", "DIRECT_FUNDING", "needId", UUID.randomUUID().toString(),
                "budget", List.of(Map.of("item", "a", "amountFen", 100)), "milestones", List.of(step("m", 100)))))).isEqualTo("needId");
        String id = propose(Map.of("title", "只属于黄龙的项目", "goal", "y", "mode", "DIRECT_FUNDING",
                "budget", List.of(Map.of("item", "a", "amountFen", 100)), "milestones", List.of(step("m", 100)))).get("id").asText();
        assertThat(field(api.post(BASE + "/projects/" + id + "/rejection", cadre, Api.json(Map.of("note", " "))))).isEqualTo("reason");
        String daguan = api.signIn("daguan", "cadre", "demo1234");
        assertThat(api.get(BASE + "/projects", daguan).status()).isEqualTo(404);
        assertThat(api.get(BASE + "/projects/" + id, daguan).status()).isEqualTo(404);
        assertThat(api.post(BASE + "/projects/" + id + "/approval", daguan, "{}").status()).isEqualTo(404);
        assertThat(api.post("/api/v1/t/daguan/projects/" + id + "/approval", daguan, "{}").status()).as("another community's project").isEqualTo(404);
        assertThat(api.get("/api/v1/t/daguan/projects", daguan).body()).doesNotContain("只属于黄龙的项目");
        assertThat(api.get(BASE + "/projects/" + id, gridWorker).json().get("status").asText()).isEqualTo("PROPOSED");
        assertThat(api.get(BASE + "/projects", api.signIn("huanglong", "resident1", "demo1234")).status()).isEqualTo(403);
    }

    private static Map<String, Object> step(String title, long amountFen) {
        return Map.of("title", title, "deliverable", title + "完成", "acceptanceCriteria", "现场查验", "dueOn", "2027-06-30", "amountFen", amountFen);
    }

    private JsonNode propose(Map<String, Object> body) {
        Api.Reply proposed = propose(null, body);
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        return proposed.json();
    }

    private Api.Reply propose(Void unused, Map<String, Object> body) {
        return api.post(BASE + "/projects", gridWorker, Api.json(body));
    }

    private long balance(String kind) {
        return TestFund.balance(api, "huanglong", cadre, kind);
    }

    private long balanceIn(String base, String token) {
        return TestFund.balance(api, base.substring(base.lastIndexOf('/') + 1), token, "SUBSIDY_POOL");
    }
}
