package org.weimin.ui.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A resident raises a need on the phone; a grid worker triages and accepts it; the resident sees the progress. */
class DemandJourneyIT extends PlatformApiTest {

    private static final String NEED = "8号楼1单元门口的台阶坏了一块，老人进出容易摔倒";

    @Test
    void aNeedRaisedOnAPhoneIsAcceptedAndTheResidentSeesIt() throws Exception {
        String origin = api.uri("/").toString().replaceAll("/$", "");
        try (Browser resident = new Browser(412, 915, origin); Browser staff = new Browser(1280, 1000)) {
            resident.open(api.uri("/t/huanglong").toString());
            resident.signIn("resident1");
            resident.waitFor(By.id("link-raise")).click();
            resident.waitFor(By.id("raise-send")).click();
            resident.waitForText(By.id("field-text"), "请填写");
            resident.type(By.cssSelector("#field-text textarea"), NEED);
            resident.type(By.cssSelector("#field-place input"), "8-1");
            resident.upload(By.id("raise-photos"), Files.write(Files.createTempFile("step", ".png"), DemandLibraryIT.png()));
            resident.waitFor(By.cssSelector("#raise-photos vaadin-upload-file[complete]"));
            resident.locateAt(30.27412, 120.15513);
            resident.click(By.id("raise-locate"));
            resident.waitForText(By.id("raise-point"), "已记下位置：30.27412, 120.15513");
            resident.screenshot("raise-need-phone");
            resident.waitFor(By.id("raise-send")).click();
            resident.waitForText(By.id("demands"), "待分类");
            assertThat(resident.pageText()).contains("我的需求");

            staff.open(api.uri("/t/huanglong").toString());
            staff.signIn("zhou.gw");
            staff.waitFor(By.id("link-demands")).click();
            staff.type(By.cssSelector("#demands-search input"), "台阶坏了一块");
            staff.waitFor(By.xpath("//vaadin-grid-cell-content[contains(., '台阶坏了一块')]"));
            staff.waitForText(By.id("filter-my-grids"), "只看我负责的网格（G01）");
            staff.click(By.id("filter-my-grids"));
            staff.waitForInvisible(By.xpath("//vaadin-grid-cell-content[contains(., '台阶坏了一块')]"));
            staff.click(By.id("filter-my-grids"));
            staff.waitFor(By.xpath("//vaadin-grid-cell-content[contains(., '台阶坏了一块')]"));
            staff.waitForText(By.id("bulk-count"), "勾选多条需求");
            staff.tickRowOf("台阶坏了一块");
            staff.waitForText(By.id("bulk-count"), "已选 1 条");
            staff.screenshot("staff-inbox-bulk");
            staff.click(By.id("bulk-classify"));
            staff.waitForText(By.id("demands"), "待受理");
            staff.click(By.xpath("//vaadin-grid-cell-content[contains(., '台阶坏了一块')]"));
            staff.waitFor(By.cssSelector("#demand-photos img"));
            staff.waitForText(By.id("demand-map"), "30.27412, 120.15513");
            staff.click(By.id("demand-accept"));
            staff.waitForText(By.id("timeline"), "受理");
            staff.screenshot("staff-triage");

            resident.open(api.uri("/t/huanglong").toString());
            resident.waitForText(By.id("news"), "条需求有新进展");
            resident.screenshot("resident-home-news-phone");
            resident.click(By.id("news"));
            resident.waitForText(By.id("demands"), "已受理");
            resident.waitForText(By.id("demands"), "有新进展");
            resident.screenshot("resident-needs-news-phone");
            resident.waitFor(By.xpath("//vaadin-grid-cell-content[contains(., '台阶坏了一块')]")).click();
            resident.waitForText(By.id("timeline"), "受理");
            assertThat(resident.pageText()).as("staff by role and name").contains("分类", "网格员 周晓燕").doesNotContain("zhou.gw");
            resident.screenshot("resident-timeline-phone");
        }
    }
}
