package org.weimin.ui.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** A person on a phone finds their community, signs in and sees its home page; another community stays closed. */
class CommunityHomeJourneyIT extends PlatformApiTest {


    @Test
    void aGridWorkerSignsInOnAPhoneAndSeesTheirCommunity() {
        try (Browser browser = new Browser(412, 915)) {
            browser.open(api.uri("/").toString());
            browser.waitFor(By.id("community-huanglong")).click();

            browser.signIn("zhou.gw", "wrong-password");
            browser.waitForText(By.tagName("vaadin-login-form-wrapper"), "用户名或密码不正确");

            browser.type(Browser.PASSWORD, "demo1234" + Keys.ENTER);
            browser.waitForText(By.id("community-name"), "黄龙社区");
            browser.waitForText(By.id("greeting"), "周晓燕");
            String page = browser.pageText();
            assertThat(page).contains("网格员", "登记入户走访", "您负责的网格：G01", "第一网格（曙光苑）", "西溪街道");
            browser.screenshot("community-home-phone");

            browser.open(api.uri("/t/daguan").toString());
            browser.waitFor(Browser.USERNAME);
            assertThat(browser.isPresent(By.id("grid-table"))).as("another community shows only its sign-in").isFalse();
            assertThat(browser.pageText()).doesNotContain("东苑网格");

            browser.open(api.uri("/t/atlantis").toString());
            browser.waitForText(By.id("not-found"), "没有找到这个页面");
        }
    }

    @Test
    void everyPageOfAnotherCommunityStaysClosedToASignedInWorker() {
        try (Browser browser = new Browser(412, 915)) {
            browser.open(api.uri("/t/huanglong").toString());
            browser.signIn("zhou.gw");
            browser.waitForText(By.id("community-name"), "黄龙社区");

            for (String page : List.of("/demands", "/demands/new", "/deadlines", "/features", "/organizations", "/meetings")) {
                browser.open(api.uri("/t/daguan" + page).toString());
                browser.waitFor(Browser.USERNAME);
                assertThat(browser.isPresent(By.id("back-to-community"))).as("daguan%s opens nothing", page).isFalse();
                assertThat(browser.pageText()).as("daguan%s", page).doesNotContain("东苑网格");

                browser.open(api.uri("/t/atlantis" + page).toString());
                browser.waitForText(By.id("not-found"), "没有找到这个页面");
            }
        }
    }

    @Test
    void thePlatformAdministratorSeesEveryCommunityInEnglish() {
        try (Browser browser = new Browser(1280, 900)) {
            browser.open(api.uri("/admin").toString());
            browser.signIn("admin");
            browser.waitFor(By.id("communities"));
            browser.waitForText(By.id("communities"), "黄龙社区");
            browser.waitFor(By.id("language")).click();
            browser.waitFor(By.xpath("//vaadin-select-item[contains(., 'English')]")).click();
            browser.waitForText(By.tagName("h1"), "Communities");
            browser.waitForText(By.id("communities"), "Huanglong Community");
            assertThat(browser.pageText()).contains("Reload community configuration", "Daguan Community");
            browser.screenshot("platform-administration");
        }
    }
}
