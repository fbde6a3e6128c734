package org.weimin.ui.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class PlatformAdministrationIT extends PlatformApiTest {

    private static final Path TENANTS = Path.of(System.getProperty("weimin.test-tenants-dir"));

    private String admin;

    @BeforeEach
    void signIn() {
        admin = api.signIn(null, "admin", "demo1234");
    }

    @Test
    void theAdministratorSeesEveryCommunityWithItsFigures() {
        Api.Reply reply = api.get("/api/v1/admin/communities", admin);
        assertThat(reply.status()).isEqualTo(200);
        JsonNode huanglong = find(reply.json(), "huanglong");
        assertThat(huanglong.get("subDistrict").asText()).isEqualTo("西溪街道");
        assertThat(huanglong.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(huanglong.get("households").asInt()).isGreaterThan(200);
        assertThat(huanglong.get("residents").asInt()).isGreaterThan(huanglong.get("households").asInt());
    }

    @Test
    void aNewCommunityIsCreatedAtRunTimeAndListedPublicly() {
        Api.Reply created = api.post("/api/v1/admin/communities", admin, Api.json(Map.of(
                "id", "xinhua-road", "nameZh", "新华路社区", "nameEn", "Xinhua Road", "city", "杭州市",
                "district", "拱墅区", "subDistrict", "大关街道", "households", 300, "residents", 800)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.raw().headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/xinhua-road"));
        assertThat(api.get("/api/v1/communities", null).body()).contains("新华路社区");

        Api.Reply duplicate = api.post("/api/v1/admin/communities", admin, Api.json(Map.of(
                "id", "xinhua-road", "nameZh", "重复", "city", "杭州市", "district", "拱墅区", "subDistrict", "大关街道")));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("message").asText()).contains("already exists");
    }

    @Test
    void aNewCommunitysFirstCadreSignsInWithTheOneTimePasswordAndThereIsOnlyOneFirst() {
        assertThat(api.post("/api/v1/admin/communities", admin, Api.json(Map.of("id", "gudang", "nameZh", "古荡社区",
                "city", "杭州市", "district", "西湖区", "subDistrict", "古荡街道"))).status()).isEqualTo(201);
        String invite = "/api/v1/admin/communities/gudang/first-cadre";
        Api.Reply badName = api.post(invite, admin, Api.json(Map.of("username", "Bad Name", "displayName", "许")));
        assertThat(badName.status()).isEqualTo(400);
        assertThat(badName.body()).contains("username").doesNotContain("Exception", "org.weimin");
        assertThat(api.post(invite, admin, Api.json(Map.of("username", "cadre"))).status()).as("no name").isEqualTo(400);
        String cadreOfAnother = api.signIn("huanglong", "cadre", "demo1234");
        assertThat(api.post(invite, cadreOfAnother, Api.json(Map.of("username", "cadre", "displayName", "许"))).status())
                .as("only platform administrators").isEqualTo(403);
        assertThat(api.post("/api/v1/admin/communities/nowhere/first-cadre", admin,
                Api.json(Map.of("username", "cadre", "displayName", "许"))).status()).isEqualTo(404);

        Api.Reply invited = api.post(invite, admin, Api.json(Map.of("username", "cadre", "displayName", "许文华")));
        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        String password = invited.json().get("password").asText();
        assertThat(password).hasSize(12);
        String token = api.signIn("gudang", "cadre", password);
        assertThat(api.get("/api/v1/t/gudang", token).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/t/huanglong", token).status()).as("a cadre of gudang only").isEqualTo(404);
        assertThat(api.post(invite, admin, Api.json(Map.of("username", "cadre2", "displayName", "另一位"))).status())
                .as("later accounts are the community's own business").isEqualTo(409);
    }

    @Test
    void badInputNamesTheField() {
        Api.Reply badId = api.post("/api/v1/admin/communities", admin, Api.json(Map.of(
                "id", "Bad Id!", "nameZh", "坏", "city", "杭州市", "district", "区", "subDistrict", "街道")));
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.json().get("field").asText()).isEqualTo("id");
        Api.Reply missing = api.post("/api/v1/admin/communities", admin, Api.json(Map.of("id", "no-name")));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("field").asText()).isEqualTo("nameZh");
        Api.Reply tooLong = api.post("/api/v1/admin/communities", admin, Api.json(Map.of(
                "id", "long-city", "nameZh", "长", "city", "市".repeat(51), "district", "区", "subDistrict", "街道")));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("field").asText()).isEqualTo("city");
        Api.Reply wrongType = api.post("/api/v1/admin/communities", admin, "{\"id\": \"typed\", \"households\": \"many\"}");
        assertThat(wrongType.status()).isEqualTo(400);
        Api.Reply malformed = api.post("/api/v1/admin/communities", admin, "{\"id\": \"x\",\n \"nameZh\" 1}");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("message").asText()).as("says where the JSON breaks").contains("line");
        assertThat(api.get("/api/v1/communities", null).body()).doesNotContain("no-name");
        assertThat(api.post("/api/v1/admin/communities/atlantis/suspend", admin, "").status()).isEqualTo(404);
    }

    @Test
    void suspendingACommunityLocksItsPeopleOutUntilItIsReactivated() {
        String resident = api.signIn("wangjiang", "resident1", "demo1234");
        assertThat(api.get("/api/v1/t/wangjiang", resident).status()).isEqualTo(200);
        String channel = "/api/v1/t/wangjiang/intake/intake.resident-portal";
        assertThat(api.post(channel, null, "{}").status()).as("the channel itself answers").isNotEqualTo(404);

        Api.Reply suspended = api.post("/api/v1/admin/communities/wangjiang/suspend", admin, "");
        assertThat(suspended.json().get("status").asText()).isEqualTo("SUSPENDED");
        try {
            assertThat(api.get("/api/v1/t/wangjiang", resident).status()).isEqualTo(404);
            assertThat(api.post(channel, null, "{}").status()).as("deliveries stop at once").isEqualTo(404);
            Api.Reply refused = api.post("/api/v1/auth/token", null,
                    Api.json(Map.of("community", "wangjiang", "username", "resident1", "password", "demo1234")));
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.json().get("error").asText()).isEqualTo("community_suspended");
            assertThat(api.get("/api/v1/communities", null).body()).doesNotContain("望江社区");
            assertThat(api.post("/api/v1/admin/communities/wangjiang/suspend", admin, "").status()).isEqualTo(409);
        } finally {
            assertThat(api.post("/api/v1/admin/communities/wangjiang/activate", admin, "").status()).isEqualTo(200);
        }
        assertThat(api.get("/api/v1/t/wangjiang", api.signIn("wangjiang", "resident1", "demo1234")).status()).isEqualTo(200);
        assertThat(api.post(channel, null, "{}").status()).isNotEqualTo(404);
    }

    @Test
    void reloadingConfigurationAppliesGoodFilesAndReportsBadOnesWithLineAndField() throws IOException {
        String huanglong = Files.readString(TENANTS.resolve("huanglong.yaml"), StandardCharsets.UTF_8)
                .replace("id: huanglong", "id: qiaotou").replace("黄龙社区", "桥头社区")
                .replace("subDistrict: 西溪街道", "subDistrict: 桥头街道");
        int plugins = huanglong.indexOf("\n# Plugin features");
        String good = huanglong.substring(0, plugins + 1) + """
                  - username: env.cadre
                    displayName: 桥头干部
                    roles: [cadre]
                    passwordEnv: QIAOTOU_CADRE_PASSWORD
                """ + huanglong.substring(plugins + 1);
        Files.writeString(TENANTS.resolve("qiaotou.yaml"), good, StandardCharsets.UTF_8);
        Files.writeString(TENANTS.resolve("broken.yaml"), """
                community:
                  id: broken
                  name: {zh: 坏社区}
                  region: {city: 杭州市, district: 区, subDistrict: 街道}
                  population: {households: 10, residents: 20}
                grids:
                  - code: G01
                    name: 网格
                    buildings:
                      - code: "1"
                        name: 1号楼
                        floors: many
                """, StandardCharsets.UTF_8);
        try {
            Api.Reply report = api.post("/api/v1/admin/tenant-config/reload", admin, "");
            assertThat(report.status()).isEqualTo(200);
            JsonNode files = report.json().get("files");
            JsonNode broken = findFile(files, "broken.yaml");
            assertThat(broken.get("status").asText()).isEqualTo("REJECTED");
            JsonNode problem = broken.get("problems").get(0);
            assertThat(problem.get("line").asInt()).isEqualTo(12);
            assertThat(problem.get("field").asText()).isEqualTo("grids[0].buildings[0].floors");
            assertThat(findFile(files, "qiaotou.yaml").get("status").asText()).isEqualTo("APPLIED");
            assertThat(findFile(files, "huanglong.yaml").get("status").asText()).isEqualTo("APPLIED");

            String qiaotou = api.signIn("qiaotou", "env.cadre", "from-the-environment");
            assertThat(api.get("/api/v1/t/qiaotou", qiaotou).json().get("households").asInt()).isGreaterThan(200);
            assertThat(api.get("/api/v1/admin/tenant-config", admin).body()).contains("broken.yaml");

            Api.Reply again = api.post("/api/v1/admin/tenant-config/reload", admin, "");
            assertThat(findFile(again.json().get("files"), "qiaotou.yaml").get("status").asText()).isEqualTo("APPLIED");
            assertThat(api.get("/api/v1/t/qiaotou", qiaotou).json().get("households").asInt())
                    .as("applying the same file twice changes nothing")
                    .isEqualTo(api.get("/api/v1/t/huanglong", api.signIn("huanglong", "cadre", "demo1234"))
                            .json().get("households").asInt());
        } finally {
            Files.deleteIfExists(TENANTS.resolve("broken.yaml"));
            Files.deleteIfExists(TENANTS.resolve("qiaotou.yaml"));
        }
    }

    private static JsonNode find(JsonNode communities, String id) {
        for (JsonNode community : communities) {
            if (community.get("id").asText().equals(id)) {
                return community;
            }
        }
        throw new AssertionError("no community " + id + " in " + communities);
    }

    private static JsonNode findFile(JsonNode files, String name) {
        for (JsonNode file : files) {
            if (file.get("file").asText().equals(name)) {
                return file;
            }
        }
        throw new AssertionError("no file " + name + " in " + files);
    }
}
