package org.weimin.ui.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A cadre configures a plugin feature and registers an organisation; the administrator sees the plugins. */
class PluginJourneyIT extends PlatformApiTest {

    private static final String SUPERVISION = "evaluation.subdistrict-supervision";

    @Test
    void aCadreConfiguresAFeatureAndRegistersAMerchant() {
        try (Browser browser = new Browser(1280, 1000)) {
            CommunityHomePage.open(browser, api, "daguan").signIn("cadre").features()
                    .setting(SUPERVISION, "criticalPenalty", "500").save(SUPERVISION)
                    .waitForFeatureText(SUPERVISION, "每项严重问题扣分应在 0 – 100 之间");
            browser.look("feature-settings-error");

            OrganizationsPage organizations = OrganizationsPage.open(browser, api, "daguan")
                    .startRegistering("商户", "大关便民修车铺")
                    .text("businessLicence", "91330105MA27XY").choice("businessType", "维修")
                    .longText("offer", "老人修车免工时费").text("address", "大关路 66 号")
                    .text("contactName", "许师傅").text("contactPhone", "13700003333");
            browser.look("register-organization");
            organizations.save().waitForList("大关便民修车铺");
            assertThat(browser.pageText()).contains("已通过");
            browser.look("organizations");
        }
    }

    @Test
    void aCadreSeesHowOftenAFeatureFailedForTheCommunity() throws Exception {
        String admin = api.signIn(null, "admin", "demo1234");
        Path fixture = Path.of(System.getProperty("weimin.test-fixtures-dir"))
                .resolve("test-fixtures-0.1.0-SNAPSHOT-throwing-extension.jar");
        assertThat(api.upload("/api/v1/admin/plugins?fileName=throwing-extension.jar", admin,
                Files.readAllBytes(fixture)).status()).isIn(201, 409);
        String cadre = api.signIn("wangjiang", "cadre", "demo1234");
        assertThat(api.put("/api/v1/t/wangjiang/features/intake.test-fragile", cadre,
                Api.json(Map.of("enabled", true, "settings", Map.of()))).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/t/wangjiang/intake/intake.test-fragile", null, "boom").status()).isEqualTo(502);
        try (Browser browser = new Browser(390, 900)) {
            FeaturesPage features = CommunityHomePage.open(browser, api, "wangjiang").signIn("cadre").features()
                    .waitForTroubled("会出错的渠道（1 次）");
            browser.look("feature-failures-phone");
            features.waitForHealth("intake.test-fragile", "已出错 1 次");
            assertThat(browser.pageText()).contains("the fragile channel broke");
            features.scrollToHealth("intake.test-fragile");
            browser.look("feature-failure-detail-phone");
        } finally {
            api.put("/api/v1/t/wangjiang/features/intake.test-fragile", cadre, Api.json(Map.of("enabled", false)));
        }
    }

    @Test
    void open311ClientsAreGivenTheGeoReportBase() {
        try (Browser browser = new Browser(1280, 1000)) {
            FeaturesPage features = CommunityHomePage.open(browser, api, "huanglong").signIn("cadre").features();
            assertThat(features.deliveryAddress("intake.open311")).endsWith("/api/v1/t/huanglong/open311/v2/");
            assertThat(features.deliveryAddress("intake.property-app")).endsWith("/api/v1/t/huanglong/intake/intake.property-app");
        }
    }

    @Test
    void theAdministratorSeesPluginsWithTheirState() {
        try (Browser browser = new Browser(1280, 900)) {
            AdminPages.signIn(browser, api, "admin").plugins().waitForPlugins("organization-types");
            assertThat(browser.pageText()).contains("evaluation-double-review", "wecom-channel", "0.1.0-SNAPSHOT", "运行中", "商户", "双述双评");
            browser.look("platform-plugins");
        }
    }
}
