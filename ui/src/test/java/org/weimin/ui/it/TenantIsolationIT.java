package org.weimin.ui.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A person of one community can read nothing of another, through any endpoint; the answer never tells it exists. */
class TenantIsolationIT extends PlatformApiTest {

    /** Every community-scoped endpoint, with {c} for the community. */
    private static final List<String> COMMUNITY_ENDPOINTS = List.of(
            "/api/v1/t/{c}", "/api/v1/t/{c}/grids", "/api/v1/t/{c}/grids/G01/buildings");

    @Test
    void aMemberSeesTheirOwnCommunitysData() {
        String token = api.signIn("huanglong", "zhou.gw", "demo1234");
        Api.Reply home = api.get("/api/v1/t/huanglong", token);
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.json().get("community").get("nameZh").asText()).isEqualTo("黄龙社区");
        assertThat(home.json().get("myGrids").toString()).contains("G01");
        assertThat(home.json().get("grids")).hasSize(3);
        assertThat(home.json().get("households").asInt()).isGreaterThan(200);
        Api.Reply buildings = api.get("/api/v1/t/huanglong/grids/G01/buildings", token);
        assertThat(buildings.status()).isEqualTo(200);
        assertThat(buildings.json()).hasSize(3);
        assertThat(buildings.json().get(0).get("name").asText()).isEqualTo("1号楼");
    }

    @Test
    void everyCommunityEndpointAnswers404ForAnotherCommunityExactlyAsForOneThatDoesNotExist() {
        String huanglong = api.signIn("huanglong", "cadre", "demo1234");
        for (String endpoint : COMMUNITY_ENDPOINTS) {
            Api.Reply other = api.get(endpoint.replace("{c}", "daguan"), huanglong);
            Api.Reply missing = api.get(endpoint.replace("{c}", "atlantis"), huanglong);
            assertThat(other.status()).as(endpoint).isEqualTo(404);
            assertThat(missing.status()).as(endpoint).isEqualTo(404);
            assertThat(other.body()).as(endpoint).doesNotContain("大关").doesNotContain("Daguan");
            assertThat(other.body().replace("daguan", "X")).isEqualTo(missing.body().replace("atlantis", "X"));
        }
    }

    @Test
    void theSameGridCodeInTwoCommunitiesNeverMixes() {
        String daguan = api.signIn("daguan", "cadre", "demo1234");
        String huanglong = api.signIn("huanglong", "cadre", "demo1234");
        String daguanBuildings = api.get("/api/v1/t/daguan/grids/G01/buildings", daguan).body();
        String huanglongBuildings = api.get("/api/v1/t/huanglong/grids/G01/buildings", huanglong).body();
        assertThat(api.get("/api/v1/t/daguan/grids", daguan).body()).contains("东苑网格").doesNotContain("曙光苑");
        assertThat(daguanBuildings).isNotEqualTo(huanglongBuildings);
        assertThat(api.get("/api/v1/t/daguan/grids", daguan).json()).extracting(g -> g.get("code").asText())
                .containsExactly("G01", "G02", "G03");
    }

    @Test
    void aSupervisorReadsOnlyTheCommunitiesOfTheirSubDistrict() {
        String supervisor = api.signIn(null, "xixi.supervisor", "demo1234");
        Api.Reply huanglong = api.get("/api/v1/t/huanglong", supervisor);
        assertThat(huanglong.status()).isEqualTo(200);
        assertThat(huanglong.json().get("access").asText()).isEqualTo("READ");
        for (String endpoint : COMMUNITY_ENDPOINTS) {
            assertThat(api.get(endpoint.replace("{c}", "daguan"), supervisor).status()).as(endpoint).isEqualTo(404);
        }
    }

    @Test
    void anAssessorReadsOnlyTheCommunitiesTheyAssess() {
        String assessor = api.signIn(null, "assessor", "demo1234");
        assertThat(api.get("/api/v1/t/wangjiang", assessor).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/t/daguan", assessor).status()).isEqualTo(404);
    }

    @Test
    void thePlatformAdministratorSeesNoCommunitysPrivateData() {
        String admin = api.signIn(null, "admin", "demo1234");
        for (String endpoint : COMMUNITY_ENDPOINTS) {
            assertThat(api.get(endpoint.replace("{c}", "huanglong"), admin).status()).as(endpoint).isEqualTo(404);
        }
    }

    @Test
    void communityPeopleCannotUsePlatformAdministration() {
        String cadre = api.signIn("huanglong", "cadre", "demo1234");
        assertThat(api.get("/api/v1/admin/communities", cadre).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/admin/communities/daguan/suspend", cadre, "").status()).isEqualTo(403);
        assertThat(api.post("/api/v1/admin/tenant-config/reload", cadre, "").status()).isEqualTo(403);
        assertThat(api.get("/api/v1/admin/tenant-config", cadre).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/admin/communities", null).status()).isEqualTo(401);
    }
}
