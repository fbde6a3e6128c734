package org.weimin.ui.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * The cadre sets the match rules at the desk and opens crowdfunding for a proposal; a grid worker records a donation from
 * its receipt and the subsidy's match appears; a resident on a phone, not signed in, follows the project, sees what was
 * given and matched, and finds it on the public statement.
 */
class CrowdfundingJourneyIT extends PlatformApiTest {

    @Test
    void aDonationToACrowdfundingProjectIsMatchedAndEveryoneCanSeeIt() {
        String tag = UUID.randomUUID().toString().substring(0, 4);
        String title = "单元门禁维修 " + tag;
        String cadre = api.signIn("huanglong", "cadre", "demo1234");
        api.post("/api/v1/t/huanglong/fund/subsidies", cadre, Api.json(Map.of("amountFen", 1_000_000, "document", "西财〔2026〕Z" + tag)));
        String project = api.post("/api/v1/t/huanglong/projects", api.signIn("huanglong", "zhou.gw", "demo1234"), Api.json(Map.of("title", title,
                "goal", "修好坏了的单元门禁，老人进出不再等人开门", "mode", "DIRECT_FUNDING", "budget", List.of(Map.of("item", "门禁主机更换", "amountFen", 200_000)),
                "milestones", List.of(Map.of("title", "更换完成", "deliverable", "门禁能刷卡开门", "dueOn", "2027-03-31", "amountFen", 200_000)))))
                .json().get("id").asText();
        String origin = api.uri("/").toString().replaceAll("/$", "");
        try (Browser desk = new Browser(1440, 900, origin); Browser phone = new Browser(390, 844)) {
            desk.open(api.uri("/t/huanglong/fund/books").toString());
            desk.signIn("cadre");
            FundPages.Books books = new FundPages.Books(desk).setMatchRules(1, 1, "300").waitForToast("配捐规则已保存");
            assertThat(books.matchRules()).contains("每捐 1 元，补贴配捐 1 元", "¥300.00");
            desk.look("cadre-match-rules-desk");

            desk.open(api.uri("/t/huanglong/projects/" + project).toString());
            ProjectPages.Project page = new ProjectPages.Project(desk).openCrowdfunding("1500").waitForToast("众筹已开始");
            page.waitForCrowdfunding("众筹中");
            page.donate("500", "陈阿姨", "ZC-" + tag).waitForToast("补贴配捐 ¥300.00");
            page.waitForCrowdfunding("已筹 ¥800.00 / 目标 ¥1,500.00");
            assertThat(page.crowdfunding()).contains("补贴配捐 ¥300.00", "共 1 位捐赠人");
            desk.look("staff-crowdfunding-donation-desk");

            ProjectPages.Funding.open(desk, api, "huanglong").open(title);
            desk.look("donor-funding-project-desk");
            ProjectPages.Funding funding = ProjectPages.Funding.open(phone, api, "huanglong");
            assertThat(funding.card(title)).contains("众筹中", "已筹 ¥800.00 / 目标 ¥1,500.00");
            phone.look("resident-funding-list-phone");
            assertThat(funding.open(title)).contains("补贴配捐 ¥300.00", "社区党群服务中心");
            phone.look("resident-funding-project-phone");
            FundPages.Statement statement = FundPages.Statement.open(phone, api, "huanglong");
            assertThat(statement.projects()).contains(title, "众筹捐款 ¥500.00，补贴配捐 ¥300.00");
            assertThat(statement.entries()).contains("补贴配捐", "陈阿姨");
            assertThat(statement.chainState()).contains("完整");

            CommunityPages pages = new CommunityPages(phone, api);
            pages.isNotFound("daguan", "/funding/" + project);
            pages.isNotFound("huanglong", "/funding/not-a-project");
            pages.isNotFound("atlantis", "/funding");
        }
    }
}
