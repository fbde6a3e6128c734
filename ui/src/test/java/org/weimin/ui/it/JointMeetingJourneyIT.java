package org.weimin.ui.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * A major affair goes before a joint meeting: a cadre schedules it, a grid worker puts the affair on its
 * agenda, the cadre records the decision, and the resident reads it on the phone.
 */
class JointMeetingJourneyIT extends PlatformApiTest {

    private static final String NEED = "12号楼想加装电梯，楼里老人多，需要业主、物业和街道一起商量";

    @Test
    void aCadreConvenesTheMeetingAndTheResidentReadsItsDecision() {
        String resident = api.signIn("huanglong", "resident1", "demo1234");
        String gridWorker = api.signIn("huanglong", "zhou.gw", "demo1234");
        String reference = api.post("/api/v1/t/huanglong/demands", resident, Api.json(Map.of("values", Map.of("text", NEED, "place", "3-2"))))
                .json().get("created").get(0).asText();
        String id = null;
        for (var need : api.get("/api/v1/t/huanglong/demands?q=12号楼想加装电梯", gridWorker).json().get("items")) {
            if (need.get("reference").asText().equals(reference)) {
                id = need.get("id").asText();
            }
        }
        api.post("/api/v1/t/huanglong/demands/" + id + "/classify", gridWorker, Api.json(Map.of("kind", "AFFAIR", "category", "FACILITIES")));

        try (Browser cadre = new Browser(1280, 1000); Browser staff = new Browser(1280, 1000); Browser phone = new Browser(412, 915)) {
            cadre.open(api.uri("/t/huanglong").toString());
            cadre.signIn("cadre");
            cadre.waitFor(By.id("link-meetings")).click();
            cadre.waitFor(By.id("schedule-meeting")).click();
            cadre.type(By.cssSelector("#meeting-title input"), "12号楼加装电梯协调会");
            cadre.type(By.cssSelector("#meeting-place input"), "社区二楼会议室");
            cadre.waitFor(By.id("save-meeting")).click();
            cadre.waitForText(By.id("meeting-participants"), "至少写两方");
            cadre.type(By.cssSelector("#meeting-participants textarea"), "王书记（社区党委）\n物业公司 李经理\n业委会 陈主任");
            cadre.screenshot("meeting-schedule");
            cadre.waitFor(By.id("save-meeting")).click();
            cadre.waitForText(By.id("agenda-empty"), "还没有议题");

            staff.open(api.uri("/t/huanglong").toString());
            staff.signIn("zhou.gw");
            staff.waitFor(By.id("link-demands")).click();
            staff.type(By.cssSelector("#demands-search input"), "12号楼想加装电梯");
            staff.waitFor(By.xpath("//vaadin-grid-cell-content[contains(., '12号楼想加装电梯')]")).click();
            staff.click(By.id("refer-meeting"));
            staff.waitFor(By.xpath("//vaadin-select-item[@role='option' and contains(., '12号楼加装电梯协调会')]")).click();
            staff.click(By.id("demand-to-meeting"));
            staff.waitForText(By.id("timeline"), "提交联席会议");
            staff.waitForText(By.id("demand-waits-for-meeting"), "等待联席会议");
            assertThat(staff.isPresent(By.id("demand-start"))).as("the meeting moves it on").isFalse();
            staff.screenshot("need-at-joint-meeting");

            cadre.open(api.uri("/t/huanglong/meetings").toString());
            cadre.waitFor(By.xpath("//vaadin-grid-cell-content[contains(., '12号楼加装电梯协调会')]")).click();
            cadre.waitFor(By.id("record-" + reference)).click();
            cadre.waitForText(By.id("decision-" + reference), "写明会议的决定");
            cadre.type(By.cssSelector("#decision-" + reference + " textarea"), "同意启动加装电梯，楼长牵头征集业主意见");
            cadre.type(By.cssSelector("#assignee-" + reference + " input"), "物业公司 李经理");
            cadre.type(By.cssSelector("#due-" + reference + " input"), "2027/3/31" + Keys.ENTER);
            cadre.screenshot("meeting-decision");
            cadre.waitFor(By.id("record-" + reference)).click();
            cadre.waitForText(By.id("agenda-" + reference), "限 2027-03-31 前完成");
            assertThat(cadre.pageText()).contains("已全部决定", "物业公司 李经理", "2027-03-31");

            phone.open(api.uri("/t/huanglong").toString());
            phone.signIn("resident1");
            phone.waitFor(By.id("link-demands")).click();
            phone.waitFor(By.xpath("//vaadin-grid-cell-content[contains(., '12号楼想加装电梯')]")).click();
            phone.waitForText(By.id("timeline"), "联席会议决定");
            assertThat(phone.pageText()).contains("办理中", "同意启动加装电梯", "社区干部");
            phone.screenshot("resident-reads-meeting-decision-phone");
            phone.open(api.uri("/t/huanglong/meetings").toString());
            phone.waitForText(By.tagName("body"), "您的角色不能使用这个页面");
            assertThat(phone.isPresent(By.id("meetings"))).as("meetings are the staff's working papers").isFalse();
        }
    }
}
