package org.weimin.ui.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * A grid worker proposes a direct grant at the desk; the cadre approves it (the money is committed from the pool), the
 * deliverable is recorded and accepted (paid); the project, the list and the routine board read on a phone; another
 * community's cadre finds neither the project nor huanglong's affairs; the public statement on a phone shows the
 * commitment and the payment.
 */
class ProjectJourneyIT extends PlatformApiTest {

    @Test
    void aGrantIsProposedApprovedDeliveredAcceptedAndPaidAndThePublicStatementShowsIt() {
        String tag = UUID.randomUUID().toString().substring(0, 4);
        String title = "小花园长椅更换 " + tag;
        api.post("/api/v1/t/huanglong/fund/subsidies", api.signIn("huanglong", "cadre", "demo1234"),
                Api.json(Map.of("amountFen", 2_000_000, "document", "西财〔2026〕J" + tag)));
        String affair = affairInHand("5号楼单元门关不严 " + tag);
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
            String page = desk.currentPath().replaceFirst("^/t/huanglong", "");
            desk.open(api.uri("/t/huanglong/routine").toString());
            String board = desk.waitFor(org.openqa.selenium.By.id("routine-total")).getText();
            assertThat(board).isNotBlank();
            String huanglongAffairs = desk.pageText();

            CommunityPages pages = new CommunityPages(phone, api);
            assertThat(pages.showsTheSignInInstead("huanglong", page)).as("a project is the staff's working paper").isTrue();
            phone.signIn("cadre");
            ProjectPages.Project onPhone = new ProjectPages.Project(phone);
            assertThat(onPhone.status()).contains("已完成");
            phone.look("cadre-project-phone");
            ProjectPages.List.open(phone, api, "huanglong");
            phone.look("cadre-projects-phone");
            phone.open(api.uri("/t/huanglong/routine").toString());
            phone.waitFor(org.openqa.selenium.By.id("routine-total"));
            phone.look("cadre-routine-board-phone");

            try (Browser daguan = new Browser(1440, 900, origin)) {
                daguan.open(api.uri("/t/daguan/projects").toString());
                daguan.signIn("cadre");
                new ProjectPages.List(daguan);
                assertThat(daguan.pageText()).as("another community's projects").doesNotContain(title);
                CommunityPages theirPages = new CommunityPages(daguan, api);
                theirPages.isNotFound("daguan", page);
                daguan.open(api.uri("/t/daguan/routine").toString());
                daguan.waitFor(org.openqa.selenium.By.cssSelector("#routine-total, #routine-none"));
                java.util.List<String> references = references(huanglongAffairs);
                assertThat(references).as("huanglong has affairs in hand (%s the newest), shown a page at a time", affair).isNotEmpty();
                assertThat(daguan.pageText()).as("huanglong's affairs are not on daguan's board").doesNotContain(references);
                assertThat(theirPages.showsTheSignInInstead("huanglong", page)).isTrue();
            }

            FundPages.Statement statement = FundPages.Statement.open(phone, api, "huanglong");
            assertThat(statement.entries()).contains("承诺给项目", "拨付", title);
            phone.look("fund-statement-with-project-phone");
            pages.isNotFound("atlantis", "/projects");
        }
    }

    /** An affair accepted by a grid worker: on the routine board; its reference. */
    private String affairInHand(String text) {
        String base = "/api/v1/t/huanglong";
        String worker = api.signIn("huanglong", "zhou.gw", "demo1234");
        String reference = api.post(base + "/demands", api.signIn("huanglong", "resident1", "demo1234"),
                Api.json(Map.of("values", Map.of("text", text)))).json().get("created").get(0).asText();
        String id = api.get(base + "/demands?q=" + reference, worker).json().get("items").get(0).get("id").asText();
        assertThat(api.post(base + "/demands/" + id + "/classify", worker, Api.json(Map.of("kind", "AFFAIR", "category", "FACILITIES"))).status())
                .isEqualTo(200);
        Api.Reply accepted = api.post(base + "/demands/" + id + "/accept", worker, "{}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        return reference;
    }

    /** The references of the needs a page shows, like D261201-K7M2Q9X. */
    private static java.util.List<String> references(String pageText) {
        return java.util.regex.Pattern.compile("D\\d{6}-[0-9A-Z]{7}").matcher(pageText).results().map(m -> m.group()).distinct().toList();
    }
}
