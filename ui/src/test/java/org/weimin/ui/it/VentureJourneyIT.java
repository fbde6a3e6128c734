package org.weimin.ui.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A venture call from its opening to the public statement: the cadre opens it at the desk and enters two organisations'
 * proposals, the panel scores them (one expert on the page), households vote (one on a phone, after signing in from the
 * call), the cadre publishes the ranking and the winner is funded from the pool; a donation to a crowdfunding project is
 * matched; a resident on a phone reads the board with its arithmetic and the statement with both, its chain intact.
 */
class VentureJourneyIT extends PlatformApiTest {

    private static final String BASE = "/api/v1/t/huanglong";

    @Test
    void aCallIsOpenedProposedScoredVotedAndDecidedAndTheStatementShowsTheWinnerAndAMatchedDonation() {
        String tag = UUID.randomUUID().toString().substring(0, 4);
        String cadreToken = api.signIn("huanglong", "cadre", "demo1234");
        api.post(BASE + "/fund/subsidies", cadreToken, Api.json(Map.of("amountFen", 2_000_000, "document", "西财〔2026〕VJ" + tag)));
        api.put(BASE + "/fund/match-rules", cadreToken, Api.json(Map.of("factorNumerator", 1, "factorDenominator", 1, "donationCapFen", 50_000)));
        String seniors = "夕阳红志愿队 " + tag;
        String children = "童心志愿社 " + tag;
        TestOrganizations.approvedVolunteers(api, "huanglong", cadreToken, seniors);
        TestOrganizations.approvedVolunteers(api, "huanglong", cadreToken, children);
        String theme = "一老一小服务 " + tag;
        String meals = "长者助餐送餐 " + tag;
        String homework = "四点半课堂 " + tag;
        String origin = api.uri("/").toString().replaceAll("/$", "");
        try (Browser desk = new Browser(1440, 900, origin); Browser phone = new Browser(390, 844)) {
            desk.open(api.uri("/t/huanglong?next=ventures").toString());
            desk.signIn("cadre");
            VenturePages.Call call = new VenturePages.List(desk).openCall(theme, "为社区老人和孩子的公益服务，欢迎志愿组织申报", "3000", "林雅琴", "吴志强")
                    .waitForToast("公益创投已发起");
            assertThat(call.rules()).contains("¥3,000.00", "专家评分 × 70%", "居民投票得分 × 30%", "需求契合度（40 分）", "林雅琴", "吴志强");
            String callPage = desk.currentPath();
            String callId = callPage.substring(callPage.lastIndexOf('/') + 1);
            call.propose(seniors, meals, "每天中午为高龄独居老人送餐上门", "2000", "送餐记录和老人签收表");
            call.propose(children, homework, "放学后在社区活动室辅导作业", "1500", "签到表和家长反馈");
            desk.look("cadre-venture-proposals-desk");
            call.closeProposals();

            JsonNode proposals = api.get(BASE + "/ventures/" + callId, null).json().get("proposals");
            String mealsId = proposals.get(0).get("projectId").asText();
            String homeworkId = proposals.get(1).get("projectId").asText();
            String wu = api.signIn("huanglong", "wu.gw", "demo1234");
            api.put(BASE + "/ventures/" + callId + "/proposals/" + mealsId + "/scores", wu, Api.json(Map.of("points", List.of(34, 26, 25))));
            api.put(BASE + "/ventures/" + callId + "/proposals/" + homeworkId + "/scores", wu, Api.json(Map.of("points", List.of(30, 22, 23))));
            vote("resident2", callId, homeworkId);
            vote("resident3", callId, mealsId);
            vote("resident4", callId, mealsId);

            try (Browser expert = new Browser(1440, 900, origin)) {
                expert.open(api.uri("/t/huanglong?next=" + callPage.replaceFirst("^/t/huanglong/", "")).toString());
                expert.signIn("lin.sw");
                VenturePages.Call scoring = new VenturePages.Call(expert).score(0, 36, 27, 27).score(1, 32, 24, 24);
                expert.look("expert-venture-scoring-desk");
                assertThat(scoring.proposal(meals)).contains("夕阳红志愿队", "申请 ¥2,000.00", "2 票");
            }

            phone.open(api.uri(callPage).toString());
            VenturePages.Call onPhone = new VenturePages.Call(phone);
            onPhone.signInToVote();
            phone.signIn("resident1");
            onPhone = new VenturePages.Call(phone).vote(1);
            assertThat(onPhone.myVote()).contains("您家已投票给「" + homework + "」");
            phone.look("resident-venture-voted-phone");

            desk.reload();
            call = new VenturePages.Call(desk);
            // 长者助餐: experts (85 + 90) / 2 = 87.50, 2 of the most 2 votes = 100.00 → 91.25; 四点半课堂: 77.50 and 100.00 → 84.25
            assertThat(call.preview()).contains("第 1 名：" + meals, "91.25");
            call.decide();
            assertThat(call.place(1)).contains("第 1 名 · 获得资助", "(85 + 90) ÷ 2 位专家 ÷ 满分 100 × 100 = 87.50",
                    "2 票 ÷ 最高 2 票 × 100 = 100.00", "87.50 × 70% + 100.00 × 30% = 91.25");
            assertThat(call.place(2)).contains("第 2 名 · 剩余资金不足，未获资助", "84.25");
            desk.look("cadre-venture-decided-desk");
            assertThat(api.get(BASE + "/projects/" + mealsId, cadreToken).json().get("status").asText()).isEqualTo("UNDER_WAY");

            String title = "楼道扶手加装 " + tag;
            String project = api.post(BASE + "/projects", cadreToken, Api.json(Map.of("title", title, "goal", "老人上下楼有扶手可扶",
                    "mode", "DIRECT_FUNDING", "budget", List.of(Map.of("item", "扶手", "amountFen", 100_000)),
                    "milestones", List.of(Map.of("title", "安装完成", "deliverable", "扶手装好", "dueOn", "2027-06-30", "amountFen", 100_000)))))
                    .json().get("id").asText();
            desk.open(api.uri("/t/huanglong/projects/" + project).toString());
            ProjectPages.Project page = new ProjectPages.Project(desk).openCrowdfunding("800").waitForToast("众筹已开始");
            page.donate("200", "刘大爷", "ZC-V" + tag).waitForToast("补贴配捐 ¥200.00");
            page.waitForCrowdfunding("已筹 ¥400.00 / 目标 ¥800.00");

            assertThat(VenturePages.List.open(phone, api, "huanglong").card(theme)).contains("已公布结果", "¥3,000.00");
            phone.look("resident-ventures-phone");
            phone.open(api.uri(callPage).toString());
            VenturePages.Call board = new VenturePages.Call(phone);
            assertThat(board.proposal(meals)).contains("第 1 名 · 获得资助", "91.25");
            phone.look("resident-venture-board-phone");
            FundPages.Statement statement = FundPages.Statement.open(phone, api, "huanglong");
            assertThat(statement.entries()).contains("公益创投「" + theme + "」第 1 名", meals, "补贴配捐", "刘大爷");
            assertThat(statement.projects()).contains(title, "众筹捐款 ¥200.00，补贴配捐 ¥200.00");
            assertThat(statement.chainState()).contains("完整");

            CommunityPages pages = new CommunityPages(phone, api);
            pages.isNotFound("daguan", "/ventures/" + callId);
            pages.isNotFound("huanglong", "/ventures/not-a-call");
            pages.isNotFound("atlantis", "/ventures");
        }
    }

    private void vote(String resident, String call, String proposal) {
        Api.Reply voted = api.post(BASE + "/ventures/" + call + "/votes", api.signIn("huanglong", resident, "demo1234"),
                Api.json(Map.of("proposalId", proposal)));
        assertThat(voted.status()).as(voted.body()).isEqualTo(201);
    }
}
