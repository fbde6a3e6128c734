package org.weimin.ui.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The cadre sets when handling sessions are held; a grid worker sends a general affair to the next one from its page;
 * the resident reads on their phone when it will be handled; the session records it handled and the resident sees it.
 */
class SessionJourneyIT extends PlatformApiTest {

    private static final String BASE = "/api/v1/t/huanglong";

    @Test
    void aGeneralAffairGoesToTheNextSessionWhichHandlesItAndTheResidentSeesEachStep() {
        String tag = UUID.randomUUID().toString().substring(0, 4);
        String text = "2号楼信报箱的锁坏了好几个 " + tag;
        String reference = affair(text);
        LocalDate firstOn = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(3);
        String origin = api.uri("/").toString().replaceAll("/$", "");
        try (Browser desk = new Browser(1440, 900, origin); Browser phone = new Browser(390, 844)) {
            desk.open(api.uri("/t/huanglong/sessions").toString());
            desk.signIn("cadre");
            SessionsPage sessions = new SessionsPage(desk)
                    .holdEvery(2, firstOn.format(DateTimeFormatter.ofPattern("yyyy/MM/dd")), "社区党群服务中心二楼")
                    .waitForToast("例会时间已保存");
            assertThat(sessions.cadence()).contains("每2周", "14:30", "社区党群服务中心二楼", firstOn.toString());
            desk.look("cadre-sessions-cadence-desk");

            NeedPage.openByAddress(desk, api, "huanglong", reference);
            new NeedPage(desk).waitForNextStep("定期办");
            desk.click(By.id("demand-to-session"));
            new NeedPage(desk).waitForToast("已放到下次例会").waitForNextStep("社区例会上处理");
            desk.look("staff-affair-on-session-desk");

            NeedPage.openByAddress(phone, api, "huanglong", reference);
            phone.signIn("resident1");
            new NeedPage(phone).waitForNextStep("社区例会上处理").waitForStep("办理中").waitForTimeline("社区党群服务中心二楼");
            assertThat(phone.pageText()).contains(firstOn.format(DateTimeFormatter.ofPattern("MM-dd")));
            phone.look("resident-affair-on-session-phone");

            SessionsPage.open(desk, api, "huanglong").waitForAgenda(reference).handled(reference, "会上确定由物业统一更换信报箱锁具")
                    .waitForToast("已记录").waitForDecision(reference, "会上已办结");
            desk.look("cadre-session-decided-desk");
            phone.reload();
            new NeedPage(phone).waitForStep("已确认").waitForTimeline("统一更换信报箱锁具");
            phone.look("resident-affair-handled-phone");

            String routine = affair("3号楼电梯按钮失灵 " + tag);
            NeedPage.openByAddress(desk, api, "huanglong", routine);
            new NeedPage(desk).waitForNextStep("定期办");
            desk.click(By.id("demand-accept"));
            new NeedPage(desk).waitForToast("已受理");
            desk.open(api.uri("/t/huanglong/routine").toString());
            desk.waitForText(By.cssSelector("[data-holder] h2"), "我经办的");
            assertThat(desk.waitFor(By.id("routine-0")).getText()).contains("3号楼电梯按钮失灵 " + tag, "期限");
            desk.look("cadre-routine-board-desk");
        }
    }

    private String affair(String text) {
        String resident = api.signIn("huanglong", "resident1", "demo1234");
        String gridWorker = api.signIn("huanglong", "zhou.gw", "demo1234");
        Api.Reply submitted = api.post(BASE + "/demands", resident, Api.json(Map.of("values", Map.of("text", text))));
        String reference = submitted.json().get("created").get(0).asText();
        String id = api.get(BASE + "/demands?q=" + reference, gridWorker).json().get("items").get(0).get("id").asText();
        api.post(BASE + "/demands/" + id + "/classify", gridWorker, Api.json(Map.of("kind", "AFFAIR", "category", "FACILITIES")));
        return reference;
    }
}
