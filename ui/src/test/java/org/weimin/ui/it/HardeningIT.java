package org.weimin.ui.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;

/**
 * What an attacker or a careless integrator sends: one community's bad input never changes what another
 * gets, nothing answers 5xx or names the platform's internals, limits hold before any parsing.
 */
class HardeningIT extends PlatformApiTest {

    private static final String OPEN311_KEY = "wangjiang-open311-key-0123456789";

    private Deliveries deliveries;
    private String huanglongCadre;
    private String wangjiangCadre;

    @BeforeEach
    void signIn() {
        deliveries = new Deliveries(api);
        huanglongCadre = api.signIn("huanglong", "cadre", "demo1234");
        wangjiangCadre = api.signIn("wangjiang", "cadre", "demo1234");
    }

    @Test
    void oneCommunitysBadOpen311RequestLeavesEveryOtherCommunitysOpen311Working() {
        assertThat(api.put("/api/v1/t/wangjiang/features/intake.open311", wangjiangCadre,
                Api.json(Map.of("enabled", true, "settings", Map.of("apiKey", OPEN311_KEY)))).status()).isEqualTo(200);
        try {
            Api.Reply unsigned = open311("wangjiang", "service_code=environment&description=%zz");
            assertThat(unsigned.status()).as("the key is checked before the body is decoded").isEqualTo(403);
            Api.Reply badPercent = open311("wangjiang", "api_key=" + OPEN311_KEY + "&service_code=environment&description=%zz");
            assertThat(badPercent.status()).isEqualTo(400);
            assertThat(badPercent.json().get(0).get("description").asText()).contains("form-encoded")
                    .doesNotContain("URLDecoder", "Exception");

            Api.Reply huanglong = open311("huanglong", "api_key=huanglong-demo-open311-key&service_code=environment"
                    + "&description=" + encode("垃圾桶满了") + "&address_string=3-1");
            assertThat(huanglong.status()).as(huanglong.body()).isEqualTo(200);
            assertThat(api.get("/health/ready", null).body()).doesNotContain("intake.open311");
            assertThat(open311("wangjiang", "api_key=" + OPEN311_KEY + "&service_code=environment&description="
                    + encode("路灯") + "&address_string=1-1").status()).as("wangjiang itself carries on").isEqualTo(200);
        } finally {
            api.put("/api/v1/t/wangjiang/features/intake.open311", wangjiangCadre, Api.json(Map.of("enabled", false)));
        }
    }

    @Test
    void hostileButSignedDeliveriesAreRefusedAsTheSendersFault() {
        String nested = "{\"text\":" + "[".repeat(1000) + "]".repeat(1000) + "}";
        Api.Reply deep = deliveries.propertyApp("huanglong", Deliveries.HUANGLONG_PROPERTY_SECRET, nested, key());
        assertThat(deep.status()).isEqualTo(400);
        assertThat(deep.json().get("error").asText()).isEqualTo("too_deep");

        String longPlace = "{\"text\":\"漏水\",\"location\":\"" + "5".repeat(101) + "\",\"contact\":\"139\"}";
        Api.Reply place = deliveries.propertyApp("huanglong", Deliveries.HUANGLONG_PROPERTY_SECRET, longPlace, key());
        assertThat(place.status()).isEqualTo(400);
        assertThat(place.json().get("message").asText()).contains("location");

        String event = "{\"post_type\":\"message\",\"message_type\":\"group\",\"group_id\":5501,\"message_id\":" + System.nanoTime()
                + ",\"message\":";
        assertThat(deliveries.oneBot("daguan", Deliveries.DAGUAN_ONEBOT_SECRET, event + "[1]}").status()).isEqualTo(200);
        assertThat(deliveries.oneBot("daguan", Deliveries.DAGUAN_ONEBOT_SECRET, event + "[{\"type\":\"text\"}]}").status())
                .isEqualTo(200);
        String longGroup = event.replace("5501", "9".repeat(60)) + "\"#需求 漏水\"}";
        assertThat(deliveries.oneBot("daguan", Deliveries.DAGUAN_ONEBOT_SECRET, longGroup).status()).isEqualTo(400);

        Api.Reply stillWorks = deliveries.propertyApp("huanglong", Deliveries.HUANGLONG_PROPERTY_SECRET,
                "{\"text\":\"7号楼楼道灯不亮\",\"location\":\"7-1\"}", key());
        assertThat(stillWorks.status()).as(stillWorks.body()).isEqualTo(200);
        assertThat(api.get("/health/ready", null).body()).contains("\"failed\":\"0\"");
    }

    @Test
    void anOrganisationWithAnEmptyChoiceIsRefusedFieldByField() {
        Api.Reply refused = api.post("/api/v1/t/wangjiang/organizations", wangjiangCadre, "{\"typeId\":\"org-type.volunteer\","
                + "\"name\":\"空选项志愿队\",\"attributes\":{\"serviceAreas\":[null],\"volunteerCount\":3}}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("serviceAreas");
        Api.Reply types = api.get("/api/v1/t/huanglong/organizations/types", huanglongCadre);
        assertThat(types.status()).as("the type keeps working elsewhere").isEqualTo(200);
        assertThat(types.body()).contains("org-type.volunteer");
    }

    @Test
    void bodiesAreLimitedBeforeTheyAreParsed() throws Exception {
        String huge = deliveries.announceFrom("127.0.0.1", "/api/v1/auth/token", "application/json", 20 * 1024 * 1024);
        assertThat(huge).as("refused on the declared length, before 20 MB are read").startsWith("HTTP/1.1 413")
                .contains("too_large");
        Api.Reply large = api.post("/api/v1/auth/token", null, "{\"username\":\"" + "a".repeat(20_000) + "\"}");
        assertThat(large.status()).isEqualTo(413);

        Api.Reply deep = api.post("/api/v1/t/huanglong/demands", huanglongCadre, "[".repeat(10_000));
        assertThat(deep.status()).isEqualTo(400);
        assertThat(deep.raw().headers().firstValue("Content-Type").orElse("")).contains("json");
        assertThat(deep.body()).doesNotContain("StackOverflow", "<html");

        Api.Reply nul = api.post("/api/v1/t/huanglong/demands", huanglongCadre, "{\"values\":{\"text\":\"a\\u0000b\"}}");
        assertThat(nul.status()).isEqualTo(400);
    }

    @Test
    void textsLongerThanTheirFieldsAreRefusedNamingTheField() {
        String staff = api.signIn("huanglong", "zhou.gw", "demo1234");
        String need = raiseNeed("11号楼门口有积水");
        String base = "/api/v1/t/huanglong/demands/" + need;
        for (String action : new String[] {"/notes", "/resolve", "/reject"}) {
            Api.Reply tooLong = api.post(base + action, staff, Api.json(Map.of("text", "字".repeat(2001))));
            assertThat(tooLong.status()).as(action + " " + tooLong.body()).isEqualTo(400);
            assertThat(tooLong.json().get("field").asText()).isEqualTo("text");
        }
        Api.Reply rejection = api.post(base + "/reject", staff, Api.json(Map.of("text", "字".repeat(1001))));
        assertThat(rejection.status()).isEqualTo(400);
        assertThat(rejection.json().get("field").asText()).isEqualTo("text");
        assertThat(api.get(base, staff).json().get("summary").get("status").asText()).as("nothing half-written")
                .isEqualTo("SUBMITTED");
    }

    @Test
    void errorsNeverNameTheJavaInsideAndUnknownAddressesAreNotFound() {
        String staff = api.signIn("huanglong", "zhou.gw", "demo1234");
        String need = raiseNeed("12号楼电梯异响");
        List<Api.Reply> replies = new ArrayList<>();
        replies.add(api.post("/api/v1/t/huanglong/demands", staff, "{\"values\":\"text\",\"publicVisible\":\"maybe\"}"));
        replies.add(api.post("/api/v1/t/huanglong/demands/" + need + "/classify", staff, "{\"kind\":\"X\",\"category\":\"Y\"}"));
        replies.add(api.get("/api/v1/t/huanglong/demands?kind=X", staff));
        replies.add(api.post("/api/v1/t/huanglong/demands/bulk", staff, "{\"action\":5,\"ids\":{}}"));
        replies.add(api.post("/api/v1/auth/token", null, "{\"community\":[],\"username\":{}}"));
        for (Api.Reply reply : replies) {
            assertThat(reply.status()).as(reply.body()).isEqualTo(400);
            assertThat(reply.body()).doesNotContain("org.weimin", "class ", "No enum constant", "Exception", "jakarta.");
        }
        Api.Reply nowhere = api.get("/api/v1/no/such/place", staff);
        assertThat(nowhere.status()).isEqualTo(404);
        assertThat(nowhere.json().get("error").asText()).isEqualTo("not_found");
        Api.Reply open311Nowhere = api.get("/api/v1/t/huanglong/open311/v2/nothing.json", null);
        assertThat(open311Nowhere.status()).isEqualTo(404);
        assertThat(open311Nowhere.json().get(0).get("code").asInt()).as("Open311's own error format").isEqualTo(404);
    }

    @Test
    void pagingAndSearchAreBoundedAndLiteral() {
        String staff = api.signIn("huanglong", "zhou.gw", "demo1234");
        for (String paging : new String[] {"limit=-1", "limit=0", "limit=201", "offset=-1", "offset=100000000"}) {
            Api.Reply refused = api.get("/api/v1/t/huanglong/demands?" + paging, staff);
            assertThat(refused.status()).as(paging).isEqualTo(400);
        }
        long all = api.get("/api/v1/t/huanglong/demands?limit=1", staff).json().get("total").asLong();
        assertThat(all).isPositive();
        assertThat(api.get("/api/v1/t/huanglong/demands?q=%25", staff).json().get("total").asLong())
                .as("%% matches itself, not everything").isLessThan(all);
        assertThat(api.get("/api/v1/t/huanglong/demands?q=_", staff).json().get("total").asLong()).isLessThan(all);

        String reference = api.get("/api/v1/t/huanglong/demands/" + raiseNeed("13号楼楼顶漏雨"), staff).json()
                .get("summary").get("reference").asText();
        assertThat(api.get("/api/v1/t/huanglong/demands?q=" + reference, staff).json().get("items").get(0)
                .get("reference").asText()).isEqualTo(reference);
        assertThat(api.get("/api/v1/t/huanglong/demands/" + reference.toLowerCase(), staff).json().get("summary")
                .get("reference").asText()).isEqualTo(reference);
        String daguanStaff = api.signIn("daguan", "ma.gw", "demo1234");
        assertThat(api.get("/api/v1/t/daguan/demands/" + reference, daguanStaff).status())
                .as("a reference is looked up in the caller's own community only").isEqualTo(404);
    }

    @Test
    void aFeatureIsSwitchedOffWithoutValidSettingsButNeverByLeavingEnabledOut() {
        Api.Reply noFlag = api.put("/api/v1/t/huanglong/features/org-type.merchant", huanglongCadre, "{\"settings\":{}}");
        assertThat(noFlag.status()).isEqualTo(400);
        assertThat(noFlag.json().get("field").asText()).isEqualTo("enabled");
        assertThat(featureEnabled("huanglong", huanglongCadre, "org-type.merchant")).as("left as it was").isTrue();

        assertThat(api.put("/api/v1/t/wangjiang/features/intake.open311", wangjiangCadre,
                Api.json(Map.of("enabled", false, "settings", Map.of("apiKey", "short")))).status()).isEqualTo(200);
        assertThat(featureEnabled("wangjiang", wangjiangCadre, "intake.open311")).isFalse();
    }

    @Test
    void strangersFailingAuthenticationDoNotSpendTheIntegratorsAllowance() throws Exception {
        String path = "/api/v1/t/huanglong/intake/intake.property-app";
        int slowedDown = 0;
        for (int i = 0; i < 400; i++) {
            String status = deliveries.postFrom("127.0.0.77", path, "application/json", "{\"text\":\"伪造\"}");
            if (status.startsWith("HTTP/1.1 429")) {
                slowedDown++;
                assertThat(status).contains("Retry-After");
            } else {
                assertThat(status).startsWith("HTTP/1.1 401");
            }
        }
        assertThat(slowedDown).as("the stranger is slowed down").isGreaterThan(300);
        Api.Reply genuine = deliveries.propertyApp("huanglong", Deliveries.HUANGLONG_PROPERTY_SECRET,
                "{\"text\":\"8号楼水压低\",\"location\":\"8-1\"}", key());
        assertThat(genuine.status()).as("the integrator is not").isEqualTo(200);
    }

    @Test
    void aCadreCannotAimTheQqChannelInsideThePlatform() throws Exception {
        String daguanCadre = api.signIn("daguan", "cadre", "demo1234");
        Api.Reply notAnAddress = api.put("/api/v1/t/daguan/features/intake.qq-onebot", daguanCadre, Api.json(Map.of("enabled", true,
                "settings", Map.of("secret", Deliveries.DAGUAN_ONEBOT_SECRET, "apiUrl", "../../etc/passwd"))));
        assertThat(notAnAddress.status()).isEqualTo(400);
        assertThat(notAnAddress.body()).contains("apiUrl");

        AtomicInteger reached = new AtomicInteger();
        HttpServer internal = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        internal.createContext("/", exchange -> {
            reached.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        internal.start();
        try {
            assertThat(api.put("/api/v1/t/daguan/features/intake.qq-onebot", daguanCadre, Api.json(Map.of("enabled", true,
                    "settings", Map.of("secret", Deliveries.DAGUAN_ONEBOT_SECRET, "apiUrl",
                            "http://127.0.0.1:" + internal.getAddress().getPort() + "/internal-admin",
                            "accessToken", "bot-token")))).status()).isEqualTo(200);
            long messageId = System.nanoTime();
            assertThat(deliveries.oneBot("daguan", Deliveries.DAGUAN_ONEBOT_SECRET, "{\"post_type\":\"message\","
                    + "\"message_type\":\"group\",\"group_id\":4401,\"message_id\":" + messageId
                    + ",\"message\":\"#需求 北区车棚的灯坏了\"}").status()).isEqualTo(200);
            String daguanStaff = api.signIn("daguan", "ma.gw", "demo1234");
            JsonNode need = api.get("/api/v1/t/daguan/demands?q=北区车棚的灯坏了", daguanStaff).json().get("items").get(0);
            String base = "/api/v1/t/daguan/demands/" + need.get("id").asText();
            api.post(base + "/classify", daguanStaff, Api.json(Map.of("kind", "AFFAIR", "category", "FACILITIES")));
            assertThat(api.post(base + "/accept", daguanStaff, "{}").status()).isEqualTo(200);
            Thread.sleep(4000);
            assertThat(reached).as("the platform never called inside").hasValue(0);
        } finally {
            api.put("/api/v1/t/daguan/features/intake.qq-onebot", daguanCadre, Api.json(Map.of("enabled", true,
                    "settings", Map.of("secret", Deliveries.DAGUAN_ONEBOT_SECRET, "keyword", "#需求"))));
            internal.stop(0);
        }
    }

    @Test
    void readOnlyRolesAndOtherResidentsSeeNoPrivateDetails() {
        String raiser = api.signIn("huanglong", "resident1", "demo1234");
        Api.Reply raised = api.post("/api/v1/t/huanglong/demands", raiser, Api.json(Map.of("values",
                Map.of("text", "5号楼1单元302门口的扶手松了", "place", "5-1-302"), "publicVisible", true,
                "latitude", 30.2712345, "longitude", 120.1512345)));
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        String reference = raised.json().get("created").get(0).asText();
        String staff = api.signIn("huanglong", "zhou.gw", "demo1234");
        String id = api.get("/api/v1/t/huanglong/demands/" + reference, staff).json().get("summary").get("id").asText();
        api.post("/api/v1/t/huanglong/demands/" + id + "/notes", staff, Api.json(Map.of("text", "内部：住户脾气急，先电话联系",
                "internal", true)));

        JsonNode forStaff = api.get("/api/v1/t/huanglong/demands/" + id, staff).json();
        assertThat(forStaff.has("rawPayload")).isTrue();
        assertThat(forStaff.toString()).contains("住户脾气急");

        String supervisor = api.signIn(null, "xixi.supervisor", "demo1234");
        JsonNode forSupervisor = api.get("/api/v1/t/huanglong/demands/" + id, supervisor).json();
        assertThat(forSupervisor.has("rawPayload")).as("no raw delivery").isFalse();
        assertThat(forSupervisor.has("contact")).as("no contact").isFalse();
        assertThat(forSupervisor.toString()).as("no internal notes").doesNotContain("住户脾气急");

        String neighbour = api.signIn("huanglong", "resident3", "demo1234");
        JsonNode forNeighbour = api.get("/api/v1/t/huanglong/demands/" + id, neighbour).json().get("summary");
        assertThat(forNeighbour.get("place").asText()).as("the building only").isEqualTo("5");
        assertThat(forNeighbour.has("latitude")).as("no phone location").isFalse();
        JsonNode forRaiser = api.get("/api/v1/t/huanglong/demands/" + id, raiser).json().get("summary");
        assertThat(forRaiser.get("place").asText()).isEqualTo("5-1-302");
        assertThat(forRaiser.get("latitude").asDouble()).isEqualTo(30.2712345);
    }

    @Test
    void pagesAndAnswersCarryTheBrowserProtections() {
        Api.Reply page = api.get("/", null);
        var headers = page.raw().headers();
        assertThat(headers.firstValue("Content-Security-Policy").orElse("")).contains("default-src 'self'", "frame-ancestors 'none'");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).isPresent();
        assertThat(headers.firstValue("X-Powered-By")).isEmpty();
        assertThat(headers.firstValue("Server")).as("no banner").isEmpty();
        assertThat(api.get("/api/v1/communities", null).raw().headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.allValues("Set-Cookie")).as("the session cookie").isNotEmpty().allSatisfy(cookie ->
                assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    private Api.Reply open311(String community, String form) {
        return api.send(HttpRequest.newBuilder(api.uri("/api/v1/t/" + community + "/open311/v2/requests.json"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), null);
    }

    private String raiseNeed(String text) {
        String resident = api.signIn("huanglong", "resident2", "demo1234");
        Api.Reply raised = api.post("/api/v1/t/huanglong/demands", resident, Api.json(Map.of("values", Map.of("text", text))));
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        String reference = raised.json().get("created").get(0).asText();
        return api.get("/api/v1/t/huanglong/demands/" + reference, api.signIn("huanglong", "zhou.gw", "demo1234"))
                .json().get("summary").get("id").asText();
    }

    private boolean featureEnabled(String community, String cadre, String featureId) {
        for (JsonNode feature : api.get("/api/v1/t/" + community + "/features", cadre).json()) {
            if (feature.get("feature").get("featureId").asText().equals(featureId)) {
                return feature.get("enabled").asBoolean();
            }
        }
        throw new AssertionError("no feature " + featureId);
    }

    private static String key() {
        return "hardening-" + UUID.randomUUID();
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
