package org.weimin.ui.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * A grid worker proposes a direct grant at the desk; the cadre approves it (the money is committed from the pool), the
 * deliverable is recorded and accepted (paid); the public statement on a phone shows the commitment and the payment.
 */
class ProjectJourneyIT extends PlatformApiTest {

    @Test
    void aGrantIsProposedApprovedDeliveredAcceptedAndPaidAndThePublicStatementShowsIt() {
        String tag = UUID.randomUUID().toString().substring(0, 4);
        String title = "小花园长椅更换 " + tag;
        api.post("/api/v1/t/huanglong/fund/subsidies", api.signIn("huanglong", "cadre", "demo1234"),
                Api.json(Map.of("amountFen", 2_000_000, "document", "西财〔2026〕J" + tag)));
        String origin = api.uri("/").toString().replaceAll("/$", "");
        try (Browser desk = new Browser(1440, 900, origin); Browser phone = new Browser(390, 844)) {
            desk.open(api.uri("/t/huanglong/projects").toString());
            desk.signIn("cadre");
            ProjectPages.Project project = new ProjectPages.List(desk)
                    .proposeGrant(title, "换掉坏的长椅，让老人有地方坐", "长椅两张及安装", "3600", "长椅安装", "两张长椅装好");
            project.waitForToast("项目已提出").waitForStatus("待审批");
            desk.look("staff-project-proposed-desk");
            project.approve().waitForToast("已通过").waitForStatus("实施中");
            project.deliver("长椅安装", "两张新长椅已装好并固定").waitForToast("已登记交付");
            project.accept("长椅安装").waitForToast("已验收").waitForStatus("已完成");
            assertThat(project.money()).contains("¥3,600.00", "已拨付 ¥3,600.00");
            desk.look("cadre-project-completed-desk");

            FundPages.Statement statement = FundPages.Statement.open(phone, api, "huanglong");
            assertThat(statement.entries()).contains("承诺给项目", "拨付", title);
            phone.look("fund-statement-with-project-phone");
            new CommunityPages(phone, api).isNotFound("atlantis", "/projects");
        }
    }
}
