package org.weimin.ui.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Each community registers organisations of the types it enabled; attributes follow the type's form. */
class OrganizationRegistryIT extends PlatformApiTest {

    private static final Map<String, Object> BARBER = Map.of("businessLicence", "91330100MA2H8X", "businessType", "barber",
            "offer", "六十岁以上老人理发半价", "discountPercent", 50, "address", "黄龙路 18 号",
            "contactName", "王师傅", "contactPhone", "13800001111");

    private String huanglong;
    private String daguan;

    @BeforeEach
    void signIn() {
        huanglong = api.signIn("huanglong", "cadre", "demo1234");
        daguan = api.signIn("daguan", "cadre", "demo1234");
    }

    @Test
    void aCommunityOffersTheTypesItEnabledWithTheirForms() {
        JsonNode types = api.get("/api/v1/t/huanglong/organizations/types", huanglong).json();
        assertThat(types.findValuesAsText("typeId")).contains("org-type.merchant", "org-type.volunteer", "org-type.resident-unit")
                .doesNotContain("org-type.mass-organization");
        JsonNode merchant = type(types, "org-type.merchant");
        assertThat(merchant.get("attributes").get("fields").findValuesAsText("key")).contains("businessLicence", "offer", "discountPercent");
        assertThat(merchant.get("modes").get(0).get("mode").asText()).isEqualTo("MERCHANT_RESIDENT_LINKAGE");
    }

    @Test
    void aMerchantIsRegisteredPendingThenApproved() {
        Api.Reply created = api.post("/api/v1/t/huanglong/organizations", huanglong,
                Api.json(Map.of("typeId", "org-type.merchant", "name", "老王理发店", "attributes", BARBER)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("status").asText()).isEqualTo("PENDING_APPROVAL");
        String id = created.json().get("id").asText();
        Api.Reply approved = api.post("/api/v1/t/huanglong/organizations/" + id + "/approve", huanglong, "");
        assertThat(approved.json().get("status").asText()).isEqualTo("ACTIVE");
        assertThat(api.post("/api/v1/t/huanglong/organizations/" + id + "/approve", huanglong, "").status()).isEqualTo(409);
        assertThat(api.post("/api/v1/t/huanglong/organizations", huanglong,
                Api.json(Map.of("typeId", "org-type.merchant", "name", "老王理发店", "attributes", BARBER))).status())
                .as("names are unique within a community").isEqualTo(409);

        Api.Reply inDaguan = api.post("/api/v1/t/daguan/organizations", daguan,
                Api.json(Map.of("typeId", "org-type.merchant", "name", "老王理发店", "attributes", BARBER)));
        assertThat(inDaguan.status()).as("the same name in another community is another organisation").isEqualTo(201);
        assertThat(inDaguan.json().get("status").asText()).as("daguan.yaml turns approval off").isEqualTo("ACTIVE");
    }

    @Test
    void aCadreRefusesARegistrationWithAReasonOnlyInTheirOwnCommunity() {
        Api.Reply created = api.post("/api/v1/t/huanglong/organizations", huanglong,
                Api.json(Map.of("typeId", "org-type.merchant", "name", "无照小卖部", "attributes", BARBER)));
        assertThat(created.json().get("status").asText()).isEqualTo("PENDING_APPROVAL");
        String reject = "/api/v1/t/huanglong/organizations/" + created.json().get("id").asText() + "/reject";
        Api.Reply noReason = api.post(reject, huanglong, Api.json(Map.of("reason", " ")));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason").doesNotContain("Exception", "org.weimin");
        assertThat(api.post(reject.replace("/t/huanglong/", "/t/daguan/"), daguan, Api.json(Map.of("reason", "x"))).status())
                .as("another community's cadre cannot even find it").isEqualTo(404);
        assertThat(api.post(reject, daguan, Api.json(Map.of("reason", "x"))).status()).isEqualTo(404);
        Api.Reply refused = api.post(reject, huanglong, Api.json(Map.of("reason", "营业执照已过期，换证后再登记")));
        assertThat(refused.json().get("status").asText()).isEqualTo("REJECTED");
        assertThat(refused.json().get("rejectionReason").asText()).isEqualTo("营业执照已过期，换证后再登记");
        assertThat(api.post(reject, huanglong, Api.json(Map.of("reason", "again"))).status()).isEqualTo(409);
        assertThat(api.post(reject.replace("/reject", "/approve"), huanglong, "").status())
                .as("a refused registration is not approved by a late click").isEqualTo(409);
        String resident = api.signIn("huanglong", "resident2", "demo1234");
        assertThat(api.get("/api/v1/t/huanglong/organizations", resident).body()).doesNotContain("无照小卖部");
    }

    @Test
    void badAttributesAreRefusedFieldByFieldAndNothingIsStored() {
        Map<String, Object> noOffer = new java.util.HashMap<>(BARBER);
        noOffer.remove("offer");
        noOffer.put("discountPercent", 150);
        Api.Reply refused = api.post("/api/v1/t/huanglong/organizations", huanglong,
                Api.json(Map.of("typeId", "org-type.merchant", "name", "坏数据商店", "attributes", noOffer)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("fieldErrors").findValuesAsText("field")).containsExactlyInAnyOrder("offer", "discountPercent");

        Api.Reply agreement = api.post("/api/v1/t/huanglong/organizations", huanglong, Api.json(Map.of(
                "typeId", "org-type.resident-unit", "name", "求是小学", "attributes", Map.of("unitKind", "school",
                        "coBuildingAgreement", true, "resourcesOffered", "周末开放操场", "contactName", "李老师",
                        "contactPhone", "0571-88888888"))));
        assertThat(agreement.status()).isEqualTo(400);
        assertThat(agreement.json().get("fieldErrors").get(0).get("field").asText()).isEqualTo("agreementValidUntil");

        Api.Reply notUsed = api.post("/api/v1/t/huanglong/organizations", huanglong, Api.json(Map.of(
                "typeId", "org-type.mass-organization", "name", "黄龙工会", "attributes", Map.of())));
        assertThat(notUsed.status()).isEqualTo(400);
        assertThat(notUsed.json().get("field").asText()).isEqualTo("typeId");
        assertThat(api.get("/api/v1/t/huanglong/organizations", huanglong).body()).doesNotContain("坏数据商店", "求是小学", "黄龙工会");
    }

    @Test
    void organisationsAreIsolatedByCommunity() {
        Api.Reply registered = api.post("/api/v1/t/huanglong/organizations", huanglong, Api.json(Map.of("typeId", "org-type.volunteer",
                "name", "夕阳红志愿队", "attributes", Map.of("serviceAreas", java.util.List.of("elderly"), "volunteerCount", 25,
                        "contactName", "周阿姨", "contactPhone", "13900002222"))));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(api.get("/api/v1/t/daguan/organizations", daguan).body()).doesNotContain("夕阳红志愿队");
        assertThat(api.get("/api/v1/t/huanglong/organizations", daguan).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/t/huanglong/organizations/types", daguan).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/t/huanglong/organizations", daguan, Api.json(Map.of("typeId", "org-type.volunteer",
                "name", "越界", "attributes", Map.of()))).status()).isEqualTo(404);

        String resident = api.signIn("huanglong", "resident2", "demo1234");
        if (registered.json().get("status").asText().equals("PENDING_APPROVAL")) {
            assertThat(api.get("/api/v1/t/huanglong/organizations", resident).body()).as("not yet approved")
                    .doesNotContain("夕阳红志愿队");
            api.post("/api/v1/t/huanglong/organizations/" + registered.json().get("id").asText() + "/approve", huanglong, "");
        }
        assertThat(api.get("/api/v1/t/huanglong/organizations", resident).body()).contains("夕阳红志愿队");
        assertThat(api.post("/api/v1/t/huanglong/organizations", resident, Api.json(Map.of("typeId", "org-type.volunteer",
                "name", "居民自建", "attributes", Map.of()))).status()).isEqualTo(403);
    }

    private static JsonNode type(JsonNode types, String id) {
        for (JsonNode type : types) {
            if (type.get("typeId").asText().equals(id)) {
                return type;
            }
        }
        throw new AssertionError("no type " + id);
    }
}
