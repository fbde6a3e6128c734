package org.weimin.ui.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Plugins at run time: built-in ones running, a vendor's jar installed, enabled for one community,
 * stopped, unloaded and reloaded; broken jars isolated with their reasons while everything else works.
 */
class PluginPlatformIT extends PlatformApiTest {

    private static final Path FIXTURES = Path.of(System.getProperty("weimin.test-fixtures-dir"));

    private String admin;
    private String huanglong;
    private String daguan;

    @BeforeEach
    void signIn() {
        admin = api.signIn(null, "admin", "demo1234");
        huanglong = api.signIn("huanglong", "cadre", "demo1234");
        daguan = api.signIn("daguan", "cadre", "demo1234");
    }

    @Test
    void theBuiltInPluginsRunWithTheirFeatures() {
        JsonNode plugins = api.get("/api/v1/admin/plugins", admin).json();
        JsonNode organizations = plugin(plugins, "organization-types");
        assertThat(organizations.get("state").asText()).isEqualTo("STARTED");
        assertThat(organizations.get("source").asText()).isEqualTo("built-in");
        assertThat(organizations.get("features").toString()).contains("org-type.merchant", "org-type.resident-unit",
                "org-type.mass-organization", "org-type.volunteer", "org-type.self-governance", "org-type.community-social");
        // One plugin per product a vendor ships: each evaluation method and each outside channel on its own, with its version.
        Map.of("evaluation-double-review", "evaluation.double-review", "evaluation-democratic-appraisal", "evaluation.democratic-appraisal",
                "evaluation-subdistrict-supervision", "evaluation.subdistrict-supervision", "evaluation-third-party", "evaluation.third-party",
                "wecom-channel", "intake.wecom", "qq-onebot-channel", "intake.qq-onebot", "property-app-channel", "intake.property-app",
                "open311-channel", "intake.open311", "payment-test-provider", "payment.sandbox").forEach((pluginId, featureId) -> {
                    JsonNode plugin = plugin(plugins, pluginId);
                    assertThat(plugin.get("state").asText()).as(pluginId).isEqualTo("STARTED");
                    assertThat(plugin.get("version").asText()).as(pluginId).isEqualTo("0.1.0-SNAPSHOT");
                    assertThat(plugin.get("features")).as(pluginId).hasSize(1);
                    assertThat(plugin.get("features").toString()).as(pluginId).contains(featureId);
                });
        assertThat(plugin(plugins, "in-person-channels").get("features").toString()).contains("intake.resident-portal",
                "intake.self-help-station", "intake.public-forum", "intake.door-visit");
        JsonNode features = api.get("/api/v1/t/huanglong/features", huanglong).json();
        assertThat(feature(features, "evaluation.democratic-appraisal").get("settings").get("quorum").asInt())
                .as("settings from tenants-config/huanglong.yaml").isEqualTo(20);
    }

    @Test
    void aVendorPluginIsInstalledEnabledForOneCommunityAndManagedAtRunTime() throws IOException {
        Api.Reply installed = install("good");
        assertThat(installed.status()).as(installed.body()).isEqualTo(201);
        assertThat(installed.json().get("state").asText()).isEqualTo("STARTED");
        assertThat(install("good").status()).as("the same plugin twice").isEqualTo(409);

        Api.Reply bad = api.put("/api/v1/t/huanglong/features/org-type.test-cooperative", huanglong,
                Api.json(Map.of("enabled", true, "settings", Map.of("maxMembers", "lots"))));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("fieldErrors").get(0).get("field").asText()).isEqualTo("maxMembers");
        assertThat(feature(api.get("/api/v1/t/huanglong/features", huanglong).json(), "org-type.test-cooperative")
                .get("enabled").asBoolean()).as("a refused change changes nothing").isFalse();

        Api.Reply enabled = api.put("/api/v1/t/huanglong/features/org-type.test-cooperative", huanglong,
                Api.json(Map.of("enabled", true, "settings", Map.of("maxMembers", 80))));
        assertThat(enabled.status()).as(enabled.body()).isEqualTo(200);
        JsonNode inDaguan = feature(api.get("/api/v1/t/daguan/features", daguan).json(), "org-type.test-cooperative");
        assertThat(inDaguan.get("enabled").asBoolean()).as("enabled for huanglong only").isFalse();
        assertThat(inDaguan.get("settings").toString()).doesNotContain("80");

        assertThat(api.post("/api/v1/admin/plugins/test-good/stop", admin, "").json().get("state").asText()).isEqualTo("STOPPED");
        assertThat(api.get("/api/v1/t/huanglong/features", huanglong).body()).doesNotContain("org-type.test-cooperative");
        assertThat(api.put("/api/v1/t/huanglong/features/org-type.test-cooperative", huanglong,
                Api.json(Map.of("enabled", true, "settings", Map.of("maxMembers", 5)))).status()).isEqualTo(404);

        assertThat(api.post("/api/v1/admin/plugins/test-good/start", admin, "").json().get("state").asText()).isEqualTo("STARTED");
        JsonNode back = feature(api.get("/api/v1/t/huanglong/features", huanglong).json(), "org-type.test-cooperative");
        assertThat(back.get("enabled").asBoolean()).isTrue();
        assertThat(back.get("settings").get("maxMembers").asInt()).as("settings survive a restart of the plugin").isEqualTo(80);

        assertThat(api.delete("/api/v1/admin/plugins/test-good", admin).json().get("state").asText()).isEqualTo("UNLOADED");
        assertThat(api.get("/api/v1/t/huanglong/features", huanglong).body()).doesNotContain("org-type.test-cooperative");
        assertThat(api.post("/api/v1/admin/plugins/test-good/reload", admin, "").json().get("state").asText()).isEqualTo("STARTED");
        assertThat(api.get("/api/v1/t/huanglong/features", huanglong).body()).contains("org-type.test-cooperative");
    }

    @Test
    void brokenPluginsAreIsolatedWithTheirReasons() throws IOException {
        Api.Reply badManifest = install("bad-manifest");
        assertThat(badManifest.status()).isEqualTo(400);
        assertThat(badManifest.json().get("message").asText()).contains("cannot be loaded");
        assertThat(api.get("/api/v1/admin/plugins", admin).body()).doesNotContain("test-bad-manifest");
        assertThat(api.upload("/api/v1/admin/plugins?fileName=junk.jar", admin, "not a jar".getBytes()).status()).isEqualTo(400);

        Api.Reply constructor = install("throwing-constructor");
        assertThat(constructor.json().get("state").asText()).isEqualTo("FAILED");
        assertThat(constructor.json().get("failure").asText()).contains("constructor always fails");

        Api.Reply wrongSpi = install("wrong-spi");
        assertThat(wrongSpi.json().get("state").asText()).isEqualTo("INCOMPATIBLE");
        assertThat(wrongSpi.json().get("failure").asText()).contains("needs SPI >=2.0.0").contains("provides " + org.weimin.spi.SpiVersion.CURRENT);

        installOnce("throwing-extension");
        Api.Reply throwing = api.put("/api/v1/t/huanglong/features/org-type.test-throwing", huanglong,
                Api.json(Map.of("enabled", true, "settings", Map.of())));
        assertThat(throwing.status()).isEqualTo(502);
        assertThat(throwing.json().get("error").asText()).isEqualTo("plugin_error");
        assertThat(throwing.json().get("message").asText()).contains("reference").doesNotContain("Exception");
        assertThat(feature(api.get("/api/v1/t/huanglong/features", huanglong).json(), "org-type.test-throwing")
                .get("health").get("lastError").asText()).as("the cadre sees why").contains("create() always fails");

        assertThat(install("hanging-extension").json().get("state").asText()).isEqualTo("STARTED");
        long started = System.nanoTime();
        Api.Reply hanging = api.put("/api/v1/t/huanglong/features/org-type.test-hanging", huanglong,
                Api.json(Map.of("enabled", true, "settings", Map.of())));
        assertThat(hanging.status()).isEqualTo(502);
        assertThat(feature(api.get("/api/v1/t/huanglong/features", huanglong).json(), "org-type.test-hanging")
                .get("health").get("lastError").asText()).contains("did not answer within 2 s");
        assertThat((System.nanoTime() - started) / 1_000_000_000).as("cut off by the time limit").isLessThan(20);

        String health = api.get("/health/ready", null).body();
        assertThat(health).contains("test-throwing-constructor").as("a failed call fails no feature for everyone")
                .doesNotContain("org-type.test-throwing", "org-type.test-hanging", "constructor always fails");
        assertThat(health).contains("\"status\":\"UP\"");
        Api.Reply stillWorking = api.put("/api/v1/t/huanglong/features/org-type.community-social", huanglong,
                Api.json(Map.of("enabled", true, "settings", Map.of("approvalRequired", false))));
        assertThat(stillWorking.status()).as("every other feature keeps working").isEqualTo(200);
        assertThat(api.get("/api/v1/t/huanglong", huanglong).status()).isEqualTo(200);
    }

    @Test
    void pluginSettingsAreIsolatedAndSecretsNeverShownBack() {
        Api.Reply saved = api.put("/api/v1/t/huanglong/features/evaluation.third-party", huanglong,
                Api.json(Map.of("enabled", true, "settings", Map.of("assessorName", "明评测评中心",
                        "sharedSecret", "huanglong-secret-0123456789"))));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.body()).doesNotContain("huanglong-secret").contains("********");
        Api.Reply keptSecret = api.put("/api/v1/t/huanglong/features/evaluation.third-party", huanglong,
                Api.json(Map.of("enabled", true, "settings", Map.of("assessorName", "明评测评中心二部", "sharedSecret", "********"))));
        assertThat(keptSecret.status()).as("sending the mask back keeps the stored secret").isEqualTo(200);

        assertThat(api.get("/api/v1/t/huanglong/features", daguan).status()).isEqualTo(404);
        assertThat(api.put("/api/v1/t/huanglong/features/evaluation.third-party", daguan,
                Api.json(Map.of("enabled", false, "settings", Map.of()))).status()).isEqualTo(404);
        JsonNode inDaguan = feature(api.get("/api/v1/t/daguan/features", daguan).json(), "evaluation.third-party");
        assertThat(inDaguan.get("enabled").asBoolean()).isFalse();
        assertThat(inDaguan.get("settings").toString()).doesNotContain("明评");

        String resident = api.signIn("huanglong", "resident1", "demo1234");
        assertThat(api.get("/api/v1/t/huanglong/features", resident).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/admin/plugins", huanglong).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/admin/plugins/organization-types/stop", huanglong, "").status()).isEqualTo(403);
    }

    @Test
    void aFailingCallFailsThatCallForThatCommunityAlone() throws IOException {
        installOnce("throwing-extension");
        for (String cadre : new String[] {huanglong, daguan}) {
            String community = cadre.equals(huanglong) ? "huanglong" : "daguan";
            assertThat(api.put("/api/v1/t/" + community + "/features/intake.test-fragile", cadre,
                    Api.json(Map.of("enabled", true, "settings", Map.of()))).status()).isEqualTo(200);
        }
        String daguanChannel = "/api/v1/t/daguan/intake/intake.test-fragile";
        String huanglongChannel = "/api/v1/t/huanglong/intake/intake.test-fragile";

        Api.Reply thrown = api.post(daguanChannel, null, "boom");
        assertThat(thrown.status()).isEqualTo(502);
        assertThat(thrown.json().get("error").asText()).isEqualTo("plugin_error");
        assertThat(thrown.body()).as("no internals").doesNotContain("IllegalStateException", "broke", "org.weimin");
        assertThat(api.post(daguanChannel, null, "nothing").status()).as("a null result").isEqualTo(502);
        assertThat(api.post(daguanChannel, null, "flood").status()).as("an oversized result").isEqualTo(502);
        assertThat(api.post(huanglongChannel, null, "5号楼水管漏水").status()).as("the other community").isEqualTo(200);

        JsonNode health = feature(api.get("/api/v1/t/daguan/features", daguan).json(), "intake.test-fragile").get("health");
        assertThat(health.get("failures").asInt()).isEqualTo(3);
        assertThat(health.get("state").asText()).isEqualTo("WORKING");
        assertThat(health.get("lastError").asText()).contains("1000 needs");
        assertThat(feature(api.get("/api/v1/t/huanglong/features", huanglong).json(), "intake.test-fragile")
                .get("health").get("failures").asInt()).isZero();
        assertThat(api.get("/health/ready", null).body()).doesNotContain("intake.test-fragile");

        api.post(daguanChannel, null, "boom");
        api.post(daguanChannel, null, "boom");
        Api.Reply paused = api.post(daguanChannel, null, "5号楼水管漏水");
        assertThat(paused.status()).as("five failures in a row pause the feature for daguan").isEqualTo(503);
        assertThat(paused.json().get("error").asText()).isEqualTo("plugin_paused");
        assertThat(paused.raw().headers().firstValue("Retry-After")).isPresent();
        assertThat(feature(api.get("/api/v1/t/daguan/features", daguan).json(), "intake.test-fragile")
                .get("health").get("state").asText()).isEqualTo("PAUSED");
        assertThat(api.post(huanglongChannel, null, "6号楼水管漏水").status()).as("huanglong never notices").isEqualTo(200);

        JsonNode fragile = null;
        for (JsonNode f : plugin(api.get("/api/v1/admin/plugins", admin).json(), "test-throwing-extension").get("features")) {
            if (f.get("featureId").asText().equals("intake.test-fragile")) {
                fragile = f;
            }
        }
        assertThat(fragile).isNotNull();
        assertThat(fragile.has("failure")).as("the feature itself has not failed").isFalse();
        assertThat(fragile.get("troubledCommunities").has("daguan")).isTrue();
        assertThat(fragile.get("troubledCommunities").has("huanglong")).isFalse();
    }

    /** Installs a fixture unless an earlier test of this class already did. */
    private void installOnce(String fixture) throws IOException {
        Api.Reply installed = install(fixture);
        assertThat(installed.status()).as(installed.body()).isIn(201, 409);
    }

    private Api.Reply install(String fixture) throws IOException {
        Path jar = FIXTURES.resolve("test-fixtures-0.1.0-SNAPSHOT-" + fixture + ".jar");
        return api.upload("/api/v1/admin/plugins?fileName=" + fixture + ".jar", admin, Files.readAllBytes(jar));
    }

    private static JsonNode plugin(JsonNode plugins, String id) {
        for (JsonNode plugin : plugins) {
            if (plugin.get("pluginId").asText().equals(id)) {
                return plugin;
            }
        }
        throw new AssertionError("no plugin " + id + " in " + plugins);
    }

    private static JsonNode feature(JsonNode features, String id) {
        for (JsonNode feature : features) {
            if (feature.get("feature").get("featureId").asText().equals(id)) {
                return feature;
            }
        }
        throw new AssertionError("no feature " + id + " in " + features);
    }
}
