package org.weimin.ui.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A cadre configures a plugin feature and registers an organisation; the administrator sees the plugins. */
class PluginJourneyIT extends PlatformApiTest {


    @Test
    void aCadreConfiguresAFeatureAndRegistersAMerchant() {
        try (Browser browser = new Browser(1280, 1000)) {
            browser.open(api.uri("/t/daguan").toString());
            browser.signIn("cadre");
            browser.waitFor(By.id("link-features")).click();

            browser.waitFor(By.id("feature-evaluation.subdistrict-supervision"));
            browser.type(By.cssSelector("#feature-evaluation\\.subdistrict-supervision #field-criticalPenalty input"), "500");
            browser.waitFor(By.id("save-evaluation.subdistrict-supervision")).click();
            browser.waitForText(By.id("feature-evaluation.subdistrict-supervision"), "每项严重问题扣分应在 0 – 100 之间");
            browser.screenshot("feature-settings-error");

            browser.open(api.uri("/t/daguan/organizations").toString());
            browser.waitFor(By.id("register-organization")).click();
            browser.waitFor(By.id("organization-type")).click();
            browser.waitFor(By.xpath("//vaadin-select-item[contains(., '商户')]")).click();
            browser.type(By.cssSelector("#organization-name input"), "大关便民修车铺");
            browser.type(By.cssSelector("#field-businessLicence input"), "91330105MA27XY");
            browser.waitFor(By.id("field-businessType")).click();
            browser.waitFor(By.xpath("//vaadin-select-item[contains(., '维修')]")).click();
            browser.type(By.cssSelector("#field-offer textarea"), "老人修车免工时费");
            browser.type(By.cssSelector("#field-address input"), "大关路 66 号");
            browser.type(By.cssSelector("#field-contactName input"), "许师傅");
            browser.type(By.cssSelector("#field-contactPhone input"), "13700003333");
            browser.screenshot("register-organization");
            browser.waitFor(By.id("save-organization")).click();
            browser.waitForText(By.id("organizations"), "大关便民修车铺");
            assertThat(browser.pageText()).contains("已通过");
            browser.screenshot("organizations");
        }
    }

    @Test
    void aCadreSeesHowOftenAFeatureFailedForTheCommunity() throws Exception {
        String admin = api.signIn(null, "admin", "demo1234");
        java.nio.file.Path fixture = java.nio.file.Path.of(System.getProperty("weimin.test-fixtures-dir"))
                .resolve("test-fixtures-0.1.0-SNAPSHOT-throwing-extension.jar");
        assertThat(api.upload("/api/v1/admin/plugins?fileName=throwing-extension.jar", admin,
                java.nio.file.Files.readAllBytes(fixture)).status()).isIn(201, 409);
        String cadre = api.signIn("wangjiang", "cadre", "demo1234");
        assertThat(api.put("/api/v1/t/wangjiang/features/intake.test-fragile", cadre,
                Api.json(java.util.Map.of("enabled", true, "settings", java.util.Map.of()))).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/t/wangjiang/intake/intake.test-fragile", null, "boom").status()).isEqualTo(502);
        try (Browser browser = new Browser(390, 900)) {
            browser.open(api.uri("/t/wangjiang").toString());
            browser.signIn("cadre");
            browser.waitFor(By.id("link-features")).click();
            browser.waitForText(By.id("features-troubled"), "会出错的渠道（1 次）");
            browser.screenshot("feature-failures-phone");
            browser.waitForText(By.id("health-intake.test-fragile"), "已出错 1 次");
            assertThat(browser.pageText()).contains("the fragile channel broke");
            browser.scrollTo(By.id("health-intake.test-fragile"));
            browser.screenshot("feature-failure-detail-phone");
        } finally {
            api.put("/api/v1/t/wangjiang/features/intake.test-fragile", cadre, Api.json(java.util.Map.of("enabled", false)));
        }
    }

    @Test
    void open311ClientsAreGivenTheGeoReportBase() {
        try (Browser browser = new Browser(1280, 1000)) {
            browser.open(api.uri("/t/huanglong").toString());
            browser.signIn("cadre");
            browser.waitFor(By.id("link-features")).click();
            String address = browser.waitFor(By.id("webhook-intake.open311")).getDomProperty("value");
            assertThat(address).endsWith("/api/v1/t/huanglong/open311/v2/");
            assertThat(browser.waitFor(By.id("webhook-intake.property-app")).getDomProperty("value"))
                    .endsWith("/api/v1/t/huanglong/intake/intake.property-app");
        }
    }

    @Test
    void theAdministratorSeesPluginsWithTheirState() {
        try (Browser browser = new Browser(1280, 900)) {
            browser.open(api.uri("/admin").toString());
            browser.signIn("admin");
            browser.waitFor(By.id("nav-plugins")).click();
            browser.waitForText(By.id("plugins"), "organization-types");
            assertThat(browser.pageText()).contains("evaluation-methods", "运行中", "商户", "双述双评");
            browser.screenshot("platform-plugins");
        }
    }
}
