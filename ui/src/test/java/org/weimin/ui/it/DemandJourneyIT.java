package org.weimin.ui.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** A resident raises a need on the phone; a grid worker triages and accepts it; the resident sees the progress. */
class DemandJourneyIT extends PlatformApiTest {

    private static final By USERNAME = By.cssSelector("vaadin-text-field[name='username'] input");
    private static final By PASSWORD = By.cssSelector("vaadin-password-field[name='password'] input");
    private static final String NEED = "8号楼1单元门口的台阶坏了一块，老人进出容易摔倒";

    @Test
    void aNeedRaisedOnAPhoneIsAcceptedAndTheResidentSeesIt() {
        try (Browser resident = new Browser(412, 915); Browser staff = new Browser(1280, 1000)) {
            resident.open(api.uri("/t/huanglong").toString());
            resident.type(USERNAME, "resident1");
            resident.type(PASSWORD, "demo1234" + Keys.ENTER);
            resident.waitFor(By.id("link-raise")).click();
            resident.waitFor(By.id("raise-send")).click();
            resident.waitForText(By.id("field-text"), "请填写");
            resident.type(By.cssSelector("#field-text textarea"), NEED);
            resident.type(By.cssSelector("#field-place input"), "8-1");
            resident.screenshot("raise-need-phone");
            resident.waitFor(By.id("raise-send")).click();
            resident.waitForText(By.id("demands"), "待分类");
            assertThat(resident.pageText()).contains("我的需求");

            staff.open(api.uri("/t/huanglong").toString());
            staff.type(USERNAME, "zhou.gw");
            staff.type(PASSWORD, "demo1234" + Keys.ENTER);
            staff.waitFor(By.id("link-demands")).click();
            staff.type(By.cssSelector("#demands-search input"), "台阶坏了一块");
            staff.waitFor(By.xpath("//vaadin-grid-cell-content[contains(., '台阶坏了一块')]")).click();
            staff.waitFor(By.id("demand-classify")).click();
            staff.waitFor(By.id("demand-accept")).click();
            staff.waitForText(By.id("timeline"), "受理");
            staff.screenshot("staff-triage");

            resident.open(api.uri("/t/huanglong/demands").toString());
            resident.waitForText(By.id("demands"), "已受理");
            resident.waitFor(By.xpath("//vaadin-grid-cell-content[contains(., '台阶坏了一块')]")).click();
            resident.waitForText(By.id("timeline"), "受理");
            assertThat(resident.pageText()).contains("分类", "zhou.gw");
            resident.screenshot("resident-timeline-phone");
        }
    }
}
