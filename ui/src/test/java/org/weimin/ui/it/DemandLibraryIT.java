package org.weimin.ui.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;

/** Needs come in through channels, staff handle them through the lifecycle, residents follow; all per community. */
class DemandLibraryIT extends PlatformApiTest {

    private static final String PROPERTY_SECRET = "huanglong-demo-property-secret";

    private String resident;
    private String staff;

    @BeforeEach
    void signIn() {
        resident = api.signIn("huanglong", "resident1", "demo1234");
        staff = api.signIn("huanglong", "zhou.gw", "demo1234");
    }

    @Test
    void aResidentsNeedGoesThroughTheWholeLifecycle() {
        Api.Reply submitted = api.post("/api/v1/t/huanglong/demands", resident, Api.json(Map.of(
                "values", Map.of("text", "3号楼2单元楼道的声控灯坏了，晚上上下楼很黑", "place", "3-2"))));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String reference = submitted.json().get("created").get(0).asText();

        JsonNode mine = api.get("/api/v1/t/huanglong/demands", resident).json();
        JsonNode need = find(mine, reference);
        assertThat(need.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(need.get("suggestion").get("category").asText()).as("the classifier's guess").isEqualTo("FACILITIES");
        assertThat(need.get("suggestion").get("kind").asText()).isEqualTo("AFFAIR");
        String id = need.get("id").asText();
        String base = "/api/v1/t/huanglong/demands/" + id;

        assertThat(api.post(base + "/resolve", staff, Api.json(Map.of("text", "修好了"))).status())
                .as("cannot resolve before it is triaged and accepted").isEqualTo(409);
        Api.Reply classified = api.post(base + "/classify", staff, Api.json(Map.of("kind", "AFFAIR", "category", "FACILITIES")));
        assertThat(classified.body()).as("deadlines follow from the classification").contains("\"respondBy\"", "\"resolveBy\"");
        assertThat(api.post(base + "/accept", staff, "{}").json().get("summary").get("assignee").asText()).isEqualTo("zhou.gw");
        api.post(base + "/notes", staff, Api.json(Map.of("text", "联系物业电工老王", "internal", true)));
        assertThat(api.post(base + "/transfer", staff, Api.json(Map.of("assignTo", "resident1", "text", "换人"))).body())
                .as("a need goes to a colleague, not a resident").contains("no colleague 'resident1'");
        assertThat(api.post(base + "/transfer", staff, Api.json(Map.of("assignTo", " "))).status()).isEqualTo(400);
        assertThat(api.post(base + "/transfer", staff, Api.json(Map.of("assignTo", "wu.gw"))).json().get("field").asText())
                .as("handed on with a reason").isEqualTo("reason");
        assertThat(api.post(base + "/transfer", resident, Api.json(Map.of("assignTo", "wu.gw", "text", "换人"))).status()).isEqualTo(403);
        assertThat(api.post(base + "/transfer", api.signIn("daguan", "ma.gw", "demo1234"), Api.json(Map.of("assignTo", "ma.gw", "text", "换人"))).status())
                .as("another community's staff cannot even find it").isEqualTo(404);
        Api.Reply transferred = api.post(base + "/transfer", staff, Api.json(Map.of("assignTo", "wu.gw", "text", "3号楼归吴志强负责")));
        assertThat(transferred.json().get("summary").get("assignee").asText()).isEqualTo("wu.gw");
        assertThat(transferred.json().get("timeline").toString()).contains("ASSIGNED", "吴志强", "3号楼归吴志强负责");
        api.post(base + "/transfer", staff, Api.json(Map.of("assignTo", "zhou.gw", "text", "换回周晓燕")));
        api.post(base + "/start", staff, "");
        assertThat(api.post(base + "/resolve", staff, Api.json(Map.of("text", "已更换声控灯"))).json()
                .get("summary").get("status").asText()).isEqualTo("RESOLVED");

        assertThat(api.get(base, staff).json().get("household").asText()).as("the resident's own household").isEqualTo("8-1-1102");
        JsonNode residentView = api.get(base, resident).json();
        assertThat(residentView.get("resolution").asText()).isEqualTo("已更换声控灯");
        assertThat(residentView.get("timeline").toString()).contains("RESOLVED").doesNotContain("联系物业电工老王");
        assertThat(residentView.path("contact").asText("")).as("contact details are for staff").isEmpty();
        assertThat(api.get(base, staff).json().get("timeline").toString()).contains("联系物业电工老王");

        assertThat(api.post(base + "/reopen", staff, Api.json(Map.of("text", "x"))).status())
                .as("only the resident who raised it reopens").isEqualTo(403);
        assertThat(api.post(base + "/reopen", resident, Api.json(Map.of("text", "晚上还是不亮"))).json()
                .get("summary").get("status").asText()).isEqualTo("REOPENED");
        api.post(base + "/resolve", staff, Api.json(Map.of("text", "更换了感应器")));
        assertThat(api.post(base + "/confirm", resident, "").json().get("summary").get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(api.post(base + "/close", staff, "").json().get("summary").get("status").asText()).isEqualTo("CLOSED");
        Api.Reply afterClose = api.post(base + "/reopen", resident, Api.json(Map.of("text", "again")));
        assertThat(afterClose.status()).isEqualTo(409);
        assertThat(afterClose.json().get("message").asText()).contains("cannot become");
    }

    @Test
    void aSignedPropertyAppDeliveryIsStoredOnceWithItsOrigin() throws Exception {
        String key = "pm-" + UUID.randomUUID();
        String body = "{\"text\":\"5号楼电梯困人，请尽快处理\",\"location\":\"5-1\",\"contact\":\"13900001111\"}";
        Api.Reply first = propertyApp(body, System.currentTimeMillis() / 1000, key, PROPERTY_SECRET);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        String reference = first.json().get("created").get(0).asText();
        Api.Reply retried = propertyApp(body, System.currentTimeMillis() / 1000, key, PROPERTY_SECRET);
        assertThat(retried.json().get("created")).isEmpty();
        assertThat(retried.json().get("alreadyKnown").get(0).asText()).isEqualTo(reference);

        JsonNode inbox = api.get("/api/v1/t/huanglong/demands?channel=intake.property-app&q=电梯困人", staff).json();
        assertThat(inbox.get("total").asInt()).isEqualTo(1);
        JsonNode detail = api.get("/api/v1/t/huanglong/demands/" + inbox.get("items").get(0).get("id").asText(), staff).json();
        assertThat(detail.get("contact").asText()).isEqualTo("13900001111");
        assertThat(detail.get("rawPayload").asText()).isEqualTo(body);
    }

    @Test
    void badDeliveriesAreRefusedAndStoreNothing() throws Exception {
        long now = System.currentTimeMillis() / 1000;
        String body = "{\"text\":\"伪造的需求XYZ\"}";
        assertThat(propertyApp(body, now, "k-" + UUID.randomUUID(), "not-the-secret-of-huanglong").status()).isEqualTo(401);
        assertThat(propertyApp(body, now - 3600, "k-" + UUID.randomUUID(), PROPERTY_SECRET).status()).as("replay").isEqualTo(401);
        Api.Reply malformed = propertyApp("{not json", now, "k-" + UUID.randomUUID(), PROPERTY_SECRET);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("message").asText()).contains("JSON");
        assertThat(api.send(HttpRequest.newBuilder(api.uri("/api/v1/t/huanglong/intake/intake.resident-portal"))
                .header("x-weimin-form", "resident1").POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"伪造的需求XYZ\"}")), null)
                .status()).as("the portal takes only the platform's own forms").isEqualTo(401);
        assertThat(api.get("/api/v1/t/huanglong/demands?q=伪造的需求XYZ", staff).json().get("total").asInt()).isZero();
        assertThat(api.upload("/api/v1/t/huanglong/intake/intake.property-app", null, new byte[300 * 1024]).status())
                .as("size limit").isEqualTo(413);
    }

    @Test
    void aQqGroupMessageBecomesANeedAndIsAnswered() throws Exception {
        String event = "{\"post_type\":\"message\",\"message_type\":\"group\",\"group_id\":5566,\"message_id\":" + System.nanoTime()
                + ",\"message\":\"#需求 东苑2号楼门口垃圾堆了三天\",\"sender\":{\"nickname\":\"马阿姨\"}}";
        byte[] bytes = event.getBytes(StandardCharsets.UTF_8);
        Api.Reply reply = api.send(HttpRequest.newBuilder(api.uri("/api/v1/t/daguan/intake/intake.qq-onebot"))
                .header("Content-Type", "application/json")
                .header("X-Signature", "sha1=" + hmac("HmacSHA1", "daguan-demo-onebot-secret", bytes))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)), null);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("reply").asText()).contains("已收到");
        String daguanStaff = api.signIn("daguan", "ma.gw", "demo1234");
        assertThat(api.get("/api/v1/t/daguan/demands?q=垃圾堆了三天", daguanStaff).json().get("total").asInt()).isEqualTo(1);
    }

    @Test
    void theCommunitysAnswersReachTheQqGroupTheNeedCameFrom() throws Exception {
        List<String> sent = new CopyOnWriteArrayList<>();
        java.util.concurrent.atomic.AtomicInteger unavailable = new java.util.concurrent.atomic.AtomicInteger(1);
        HttpServer oneBot = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        oneBot.createContext("/", exchange -> {
            String request = exchange.getRequestURI().getPath() + " " + exchange.getRequestHeaders().getFirst("Authorization") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (unavailable.getAndDecrement() > 0) {
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
                return;
            }
            sent.add(request);
            byte[] ok = "{\"status\":\"ok\",\"retcode\":0}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, ok.length);
            exchange.getResponseBody().write(ok);
            exchange.close();
        });
        oneBot.start();
        String cadre = api.signIn("daguan", "cadre", "demo1234");
        Map<String, Object> settings = Map.of("secret", "daguan-demo-onebot-secret", "keyword", "#需求");
        try {
            Api.Reply configured = api.put("/api/v1/t/daguan/features/intake.qq-onebot", cadre, Api.json(Map.of("enabled", true,
                    "settings", Map.of("secret", "daguan-demo-onebot-secret", "keyword", "#需求",
                            "apiUrl", "http://localhost:" + oneBot.getAddress().getPort(), "accessToken", "bot-token"))));
            assertThat(configured.status()).as(configured.body()).isEqualTo(200);
            long messageId = System.nanoTime();
            JsonNode need = deliverToDaguanQq(6677, messageId, "#需求 西苑5号楼的路灯不亮了");
            JsonNode same = deliverToDaguanQq(6678, messageId + 1, "#需求 西苑5号楼门口路灯坏了好几天");
            String reference = need.get("reference").asText();
            String sameNeed = same.get("reference").asText();
            String daguanStaff = api.signIn("daguan", "ma.gw", "demo1234");
            String base = "/api/v1/t/daguan/demands/" + need.get("id").asText();

            api.post(base + "/classify", daguanStaff, Api.json(Map.of("kind", "AFFAIR", "category", "FACILITIES")));
            assertThat(sent).as("classifying is an internal step").isEmpty();
            Api.Reply merged = api.post("/api/v1/t/daguan/demands/" + same.get("id").asText() + "/merge", daguanStaff,
                    Api.json(Map.of("into", need.get("id").asText())));
            assertThat(merged.status()).as(merged.body()).isEqualTo(200);
            waitFor(() -> sent.size() == 2);
            assertThat(unavailable.get()).as("the first try met a busy bot and was retried").isNegative();
            assertThat(sent).anySatisfy(message -> assertThat(message).startsWith("/send_group_msg Bearer bot-token ")
                    .contains("\"group_id\":6678", "[CQ:reply,id=" + (messageId + 1) + "]需求 " + sameNeed + "：已与其他居民提出的同一需求合并办理"));

            Api.Reply accepted = api.post(base + "/accept", daguanStaff, "{}");
            assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
            waitFor(() -> sent.size() == 4);
            assertThat(sent.subList(2, 4)).as("the merged need's group waits for the same answer").satisfiesExactlyInAnyOrder(
                    message -> assertThat(message).contains("\"group_id\":6677", "[CQ:reply,id=" + messageId + "]需求 " + reference + "：社区已受理。"),
                    message -> assertThat(message).contains("\"group_id\":6678", "需求 " + sameNeed + "：社区已受理。"));

            api.post(base + "/notes", daguanStaff, Api.json(Map.of("text", "找物业电工", "internal", true)));
            api.post(base + "/start", daguanStaff, "");
            Api.Reply resolved = api.post(base + "/resolve", daguanStaff, Api.json(Map.of("text", "已更换路灯灯泡")));
            assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
            waitFor(() -> sent.size() == 6);
            assertThat(sent.subList(4, 6)).allSatisfy(message -> assertThat(message).contains("：已办结。说明：已更换路灯灯泡"));
            Thread.sleep(500);
            assertThat(sent).as("internal notes and steps are not told to the group").hasSize(6);
        } finally {
            api.put("/api/v1/t/daguan/features/intake.qq-onebot", cadre, Api.json(Map.of("enabled", true, "settings", settings)));
            oneBot.stop(0);
        }
    }

    /** The need a signed QQ group message raised in 大关社区, as the inbox lists it. */
    private JsonNode deliverToDaguanQq(long group, long messageId, String text) throws Exception {
        byte[] bytes = ("{\"post_type\":\"message\",\"message_type\":\"group\",\"group_id\":" + group + ",\"message_id\":" + messageId
                + ",\"message\":\"" + text + "\",\"sender\":{\"nickname\":\"许大爷\"}}").getBytes(StandardCharsets.UTF_8);
        Api.Reply delivered = api.send(HttpRequest.newBuilder(api.uri("/api/v1/t/daguan/intake/intake.qq-onebot"))
                .header("Content-Type", "application/json")
                .header("X-Signature", "sha1=" + hmac("HmacSHA1", "daguan-demo-onebot-secret", bytes))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)), null);
        assertThat(delivered.status()).as(delivered.body()).isEqualTo(200);
        String staffOfDaguan = api.signIn("daguan", "ma.gw", "demo1234");
        String words = text.substring(text.indexOf(' ') + 1);
        return api.get("/api/v1/t/daguan/demands?q=" + words, staffOfDaguan).json().get("items").get(0);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited 15 s in vain");
            }
            Thread.sleep(50);
        }
    }

    @Test
    void needsAreIsolatedByCommunityThroughEveryEndpoint() throws Exception {
        Api.Reply submitted = api.post("/api/v1/t/huanglong/demands", resident, Api.json(Map.of(
                "values", Map.of("text", "黄龙社区私有需求ABC，希望有人陪同老人去医院"))));
        String reference = submitted.json().get("created").get(0).asText();
        String id = find(api.get("/api/v1/t/huanglong/demands", resident).json(), reference).get("id").asText();

        String daguan = api.signIn("daguan", "cadre", "demo1234");
        assertThat(api.get("/api/v1/t/daguan/demands?q=私有需求ABC", daguan).json().get("total").asInt()).isZero();
        assertThat(api.get("/api/v1/t/huanglong/demands", daguan).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/t/huanglong/demands/" + id, daguan).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/t/daguan/demands/" + id, daguan).status()).as("another community's need by id").isEqualTo(404);
        for (String action : new String[] {"classify", "accept", "start", "resolve", "reject", "close", "notes", "confirm", "reopen", "support"}) {
            assertThat(api.post("/api/v1/t/daguan/demands/" + id + "/" + action, daguan, Api.json(Map.of("text", "x", "kind", "WISH",
                    "category", "ELDERLY"))).status()).as(action).isEqualTo(404);
        }
        assertThat(api.post("/api/v1/t/daguan/demands", resident, Api.json(Map.of("values", Map.of("text", "越界提交的需求")))).status())
                .isEqualTo(404);
        assertThat(propertyApp("{\"text\":\"test\"}", System.currentTimeMillis() / 1000, "x", PROPERTY_SECRET, "daguan").status())
                .as("daguan has no property-app channel").isEqualTo(404);

        String otherResident = api.signIn("huanglong", "resident2", "demo1234");
        assertThat(api.get("/api/v1/t/huanglong/demands/" + id, otherResident).status())
                .as("a private need is not shown to other residents").isEqualTo(404);
        assertThat(api.get("/api/v1/t/huanglong/demands", otherResident).body()).doesNotContain("私有需求ABC");
    }

    @Test
    void residentsSupportPublicNeedsOnce() {
        Api.Reply submitted = api.post("/api/v1/t/huanglong/demands", resident, Api.json(Map.of("publicVisible", true,
                "values", Map.of("text", "建议在中心花园建一个儿童游乐场"))));
        String reference = submitted.json().get("created").get(0).asText();
        String id = find(api.get("/api/v1/t/huanglong/demands", resident).json(), reference).get("id").asText();
        String neighbour = api.signIn("huanglong", "resident2", "demo1234");
        assertThat(api.get("/api/v1/t/huanglong/demands?public=true", neighbour).body()).as("the public board")
                .contains("儿童游乐场");
        assertThat(api.get("/api/v1/t/huanglong/demands", neighbour).body()).as("their own list").doesNotContain("儿童游乐场");
        assertThat(api.post("/api/v1/t/huanglong/demands/" + id + "/support", neighbour, "").json()
                .get("summary").get("supporters").asInt()).isEqualTo(1);
        assertThat(api.post("/api/v1/t/huanglong/demands/" + id + "/support", neighbour, "").status()).isEqualTo(409);
        assertThat(api.post("/api/v1/t/huanglong/demands/" + id + "/support", resident, "").status()).as("own need").isEqualTo(409);
    }

    @Test
    void similarNeedsAreProposedMergedWithTheirResidentsCountedAndSplitAgain() {
        String first = raise(resident, "6号楼2单元楼道的声控灯坏了，晚上看不见台阶", "6-2");
        String neighbour = api.signIn("huanglong", "resident2", "demo1234");
        String second = raise(neighbour, "6号楼2单元楼道声控灯坏了好几天了", "6-2");
        String unrelated = raise(neighbour, "希望社区组织一次老年人健康讲座", null);

        JsonNode similar = api.get("/api/v1/t/huanglong/demands/" + second + "/similar", staff).json();
        assertThat(similar.findValuesAsText("id")).contains(first).doesNotContain(unrelated);

        JsonNode merged = api.post("/api/v1/t/huanglong/demands/" + second + "/merge", staff, Api.json(Map.of("into", first))).json();
        assertThat(merged.get("summary").get("status").asText()).isEqualTo("MERGED");
        JsonNode survivor = api.get("/api/v1/t/huanglong/demands/" + first, staff).json();
        assertThat(survivor.get("summary").get("residents").asInt()).as("a cluster shows how many residents").isEqualTo(2);
        assertThat(api.get("/api/v1/t/huanglong/demands/" + second, neighbour).json().get("timeline").toString())
                .as("the merged need's resident is told").contains("MERGED");
        assertThat(api.post("/api/v1/t/huanglong/demands/" + second + "/merge", staff, Api.json(Map.of("into", first))).status())
                .isEqualTo(409);

        JsonNode split = api.post("/api/v1/t/huanglong/demands/" + second + "/split", staff, "").json();
        assertThat(split.get("summary").get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(api.get("/api/v1/t/huanglong/demands/" + first, staff).json().get("summary").get("residents").asInt()).isEqualTo(1);
        assertThat(api.post("/api/v1/t/huanglong/demands/" + first + "/split", staff, "").status())
                .as("only a merged need can be split").isEqualTo(409);
    }

    @Test
    void eachCommunitySetsItsOwnDeadlines() {
        String cadre = api.signIn("wangjiang", "cadre", "demo1234");
        JsonNode current = api.get("/api/v1/t/wangjiang/deadlines", cadre).json();
        assertThat(current.get("respondAffairHours").asInt()).isEqualTo(24);
        Api.Reply bad = api.put("/api/v1/t/wangjiang/deadlines", cadre, Api.json(Map.of("respondAffairHours", 0, "autoCloseDays", "soon")));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("fieldErrors").findValuesAsText("field")).containsExactlyInAnyOrder("respondAffairHours", "autoCloseDays");
        Api.Reply changed = api.put("/api/v1/t/wangjiang/deadlines", cadre, Api.json(Map.of("respondAffairHours", 12, "resolveAffairDays", 3)));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(api.get("/api/v1/t/huanglong/deadlines", staff).json().get("respondAffairHours").asInt())
                .as("another community keeps its own").isEqualTo(24);
        assertThat(api.get("/api/v1/t/wangjiang/deadlines", staff).status()).isEqualTo(404);
        String wangjiangResident = api.signIn("wangjiang", "resident1", "demo1234");
        assertThat(api.put("/api/v1/t/wangjiang/deadlines", wangjiangResident, Api.json(Map.of("respondAffairHours", 1))).status()).isEqualTo(403);

        String id = raise(wangjiangResident, "江景网格路灯坏了", null, "wangjiang");
        JsonNode classified = api.post("/api/v1/t/wangjiang/demands/" + id + "/classify", cadre,
                Api.json(Map.of("kind", "AFFAIR", "category", "FACILITIES"))).json();
        java.time.Duration respond = java.time.Duration.between(java.time.Instant.parse(classified.get("summary").get("submittedAt").asText()),
                java.time.Instant.parse(classified.get("summary").get("respondBy").asText()));
        assertThat(respond).as("classification uses the community's policy").isEqualTo(java.time.Duration.ofHours(12));
    }

    @Test
    void staffEnterForumMinutesAndStationNeedsOnBehalfOfResidents() {
        String cadre = api.signIn("huanglong", "cadre", "demo1234");
        Api.Reply minutes = api.post("/api/v1/t/huanglong/demands", cadre, Api.json(Map.of("channel", "intake.public-forum",
                "values", Map.of("date", "2026-11-20", "venue", "社区议事厅", "attendees", 35,
                        "needs", "1. 菜市场门口路面积水严重\n2. 希望增加老年助餐点"))));
        assertThat(minutes.status()).as(minutes.body()).isEqualTo(201);
        assertThat(minutes.json().get("created")).hasSize(2);
        assertThat(api.post("/api/v1/t/huanglong/demands", cadre, Api.json(Map.of("channel", "intake.public-forum",
                "values", Map.of("date", "2026-11-20", "venue", "社区议事厅", "attendees", 35,
                        "needs", "1. 菜市场门口路面积水严重\n2. 希望增加老年助餐点")))).json().get("alreadyKnown"))
                .as("the same minutes entered twice create nothing new").hasSize(2);

        Api.Reply station = api.post("/api/v1/t/huanglong/demands", staff, Api.json(Map.of("channel", "intake.self-help-station",
                "values", Map.of("text", "独居老人家里水管漏水需要师傅", "phone", "13500001234"))));
        assertThat(station.status()).isEqualTo(201);
        JsonNode found = api.get("/api/v1/t/huanglong/demands?q=水管漏水需要师傅", staff).json().get("items").get(0);
        JsonNode detail = api.get("/api/v1/t/huanglong/demands/" + found.get("id").asText(), staff).json();
        assertThat(detail.get("contact").asText()).contains("13500001234");
        assertThat(detail.get("timeline").get(0).get("actor").asText()).as("who entered it").isEqualTo("zhou.gw");
        assertThat(detail.get("timeline").get(0).get("note").asText()).startsWith("代录");
        assertThat(api.post("/api/v1/t/huanglong/demands", resident, Api.json(Map.of("channel", "intake.self-help-station",
                "values", Map.of("text", "x x x x x", "phone", "13500001234")))).status())
                .as("the station form is not the resident's own way in").isEqualTo(403);
    }

    @Test
    void manySimilarWishesBecomeOneProjectThatSpeaksForAllTheirResidents() {
        String neighbour = api.signIn("huanglong", "resident2", "demo1234");
        String third = api.signIn("huanglong", "resident4", "demo1234");
        String a = raise(resident, "希望小区里有个儿童阅览室，孩子放学有地方看书", null);
        String b = raise(neighbour, "建议建一个儿童阅览室", null);
        String c = raise(third, "孩子们需要一个看书的地方，建议办阅览室", null);
        Api.Reply escalated = api.post("/api/v1/t/huanglong/demands/escalations", staff, Api.json(Map.of(
                "needs", java.util.List.of(a, b, c), "text", "建设社区儿童阅览室")));
        assertThat(escalated.status()).as(escalated.body()).isEqualTo(201);
        JsonNode project = escalated.json().get("summary");
        assertThat(project.get("kind").asText()).isEqualTo("PROJECT");
        assertThat(project.get("residents").asInt()).isEqualTo(3);
        JsonNode wish = api.get("/api/v1/t/huanglong/demands/" + a, resident).json();
        assertThat(wish.get("summary").get("status").asText()).isEqualTo("ESCALATED");
        assertThat(wish.get("timeline").toString()).as("the resident sees where the wish went").contains(project.get("reference").asText());
        assertThat(api.post("/api/v1/t/huanglong/demands/escalations", staff, Api.json(Map.of("needs", java.util.List.of(a),
                "text", "再升级一次"))).status()).as("an escalated need cannot be escalated again").isEqualTo(409);
        String daguan = api.signIn("daguan", "cadre", "demo1234");
        assertThat(api.post("/api/v1/t/daguan/demands/escalations", daguan, Api.json(Map.of("needs", java.util.List.of(b),
                "text", "越界"))).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/t/huanglong/demands/escalations", resident, Api.json(Map.of("needs", java.util.List.of(b),
                "text", "居民不能升级"))).status()).isEqualTo(403);
    }

    @Test
    void aResidentSeesWhichOfTheirNeedsHaveNewsUntilTheyOpenThem() {
        String other = api.signIn("huanglong", "resident2", "demo1234");
        long before = api.get("/api/v1/t/huanglong/demands/news", other).json().get("count").asLong();
        String id = raise(other, "2号楼2单元的楼梯扶手掉漆生锈了，扶着扎手", "2-2");
        String need = "/api/v1/t/huanglong/demands/" + id;
        assertThat(newsOn(other, id)).as("nothing has happened yet").isFalse();

        api.post(need + "/classify", staff, Api.json(Map.of("kind", "AFFAIR", "category", "FACILITIES")));
        assertThat(newsOn(other, id)).isTrue();
        assertThat(api.get("/api/v1/t/huanglong/demands/news", other).json().get("count").asLong()).isEqualTo(before + 1);

        api.get(need, other);
        assertThat(newsOn(other, id)).as("opened: seen").isFalse();
        assertThat(api.get("/api/v1/t/huanglong/demands/news", other).json().get("count").asLong()).isEqualTo(before);
        api.post(need + "/notes", staff, Api.json(Map.of("text", "找物业油漆工", "internal", true)));
        assertThat(newsOn(other, id)).as("an internal note is not news to the resident").isFalse();
        api.post(need + "/notes", staff, Api.json(Map.of("text", "下周二上门处理", "internal", false)));
        assertThat(newsOn(other, id)).as("a note they can read is").isTrue();

        assertThat(api.get("/api/v1/t/huanglong/demands/news", staff).json().get("count").asLong()).as("staff raise no needs").isZero();
        assertThat(api.get("/api/v1/t/huanglong/demands/news", api.signIn("daguan", "resident1", "demo1234")).status()).isEqualTo(404);
    }

    private boolean newsOn(String token, String id) {
        for (JsonNode item : api.get("/api/v1/t/huanglong/demands?limit=200", token).json().get("items")) {
            if (item.get("id").asText().equals(id)) {
                return item.get("news").asBoolean();
            }
        }
        throw new AssertionError("need " + id + " is not in the resident's list");
    }

    @Test
    void aVisitWithOrWithoutNeedsCountsAsContactWithTheHousehold() {
        Api.Reply quiet = api.post("/api/v1/t/huanglong/demands", staff, Api.json(Map.of("channel", "intake.door-visit",
                "values", Map.of("household", "1-1-101", "visitDate", "2026-11-25", "notes", "老人身体好，无需求"))));
        assertThat(quiet.status()).as(quiet.body()).isEqualTo(201);
        assertThat(quiet.json().get("created")).isEmpty();
        Api.Reply withNeeds = api.post("/api/v1/t/huanglong/demands", staff, Api.json(Map.of("channel", "intake.door-visit",
                "values", Map.of("household", "1-1-102", "visitDate", "2026-11-25", "needs", "卫生间扶手松了\n想办老年卡"))));
        assertThat(withNeeds.json().get("created")).hasSize(2);
        JsonNode found = find(api.get("/api/v1/t/huanglong/demands?q=卫生间扶手松了", staff).json(),
                withNeeds.json().get("created").get(0).asText());
        assertThat(api.get("/api/v1/t/huanglong/demands/" + found.get("id").asText(), staff).json().get("household").asText())
                .as("the need belongs to the household visited").isEqualTo("1-1-102");
        JsonNode coverage = api.get("/api/v1/t/huanglong/household-contacts?since=2026-11-01", staff).json();
        assertThat(coverage.get("householdsReached").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(coverage.get("entries").findValuesAsText("household")).contains("1-1-101", "1-1-102");
        assertThat(api.get("/api/v1/t/huanglong/household-contacts", resident).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/t/huanglong/household-contacts", api.signIn("daguan", "cadre", "demo1234")).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/t/huanglong/household-contacts?since=yesterday", staff).status()).isEqualTo(400);

        Api.Reply failed = api.post("/api/v1/t/huanglong/demands", staff, Api.json(Map.of("channel", "intake.door-visit",
                "values", Map.of("household", "3-3-303", "visitDate", "2026-11-26", "needs", "长".repeat(4001)))));
        assertThat(failed.status()).as("a need too long for the library").isEqualTo(400);
        assertThat(api.get("/api/v1/t/huanglong/household-contacts?since=2026-11-01", staff).json().get("entries")
                .findValuesAsText("household")).as("one delivery, one transaction: the visit is not kept either")
                .doesNotContain("3-3-303");
    }

    @Test
    void staffHandleManyNeedsAtOnceAndThoseThatCannotMoveStayAsTheyWere() {
        String lamp = raise(resident, "2号楼3单元楼道灯不亮了，晚上看不见台阶", "2-3");
        String bin = raise(resident, "2号楼门口的垃圾桶满了好几天没人清运", "2-1");
        String done = raise(resident, "2号楼信箱门坏了关不上", "2-1");
        String base = "/api/v1/t/huanglong/demands/";
        api.post(base + done + "/reject", staff, Api.json(Map.of("text", "信箱归邮政管理，已告知邮政")));

        Api.Reply classified = api.post(base + "bulk", staff, Api.json(Map.of("action", "CLASSIFY_AS_SUGGESTED", "ids", List.of(lamp, bin))));
        assertThat(classified.status()).as(classified.body()).isEqualTo(200);
        assertThat(classified.json().get("done")).hasSize(2);
        JsonNode lampNow = api.get(base + lamp, staff).json().get("summary");
        assertThat(lampNow.get("status").asText()).isEqualTo("TRIAGED");
        assertThat(lampNow.get("category").asText()).as("the suggestion, taken").isEqualTo(lampNow.get("suggestion").get("category").asText());

        JsonNode accepted = api.post(base + "bulk", staff, Api.json(Map.of("action", "accept", "ids", List.of(lamp, bin, done)))).json();
        assertThat(accepted.get("done")).hasSize(2);
        assertThat(accepted.get("skipped")).hasSize(1);
        assertThat(accepted.get("skipped").get(0).get("id").asText()).isEqualTo(done);
        assertThat(accepted.get("skipped").get(0).get("reason").asText()).contains("cannot become");
        assertThat(api.get(base + bin, staff).json().get("summary").get("assignee").asText()).isEqualTo("zhou.gw");
        assertThat(api.get(base + done, staff).json().get("summary").get("status").asText()).isEqualTo("REJECTED");

        assertThat(api.post(base + "bulk", resident, Api.json(Map.of("action", "ACCEPT", "ids", List.of(lamp)))).status()).isEqualTo(403);
        Api.Reply unknown = api.post(base + "bulk", staff, Api.json(Map.of("action", "FORGET", "ids", List.of(lamp))));
        assertThat(unknown.json().get("field").asText()).isEqualTo("action");
        assertThat(api.post(base + "bulk", staff, Api.json(Map.of("action", "ACCEPT", "ids", List.of("nonsense")))).json()
                .get("field").asText()).isEqualTo("ids");
        assertThat(api.post(base + "bulk", staff, Api.json(Map.of("action", "ACCEPT", "ids",
                java.util.Collections.nCopies(201, lamp)))).status()).isEqualTo(400);

        String daguanStaff = api.signIn("daguan", "ma.gw", "demo1234");
        assertThat(api.post(base + "bulk", daguanStaff, Api.json(Map.of("action", "ACCEPT", "ids", List.of(lamp)))).status())
                .isEqualTo(404);
        JsonNode elsewhere = api.post("/api/v1/t/daguan/demands/bulk", daguanStaff, Api.json(Map.of("action", "ACCEPT",
                "ids", List.of(lamp)))).json();
        assertThat(elsewhere.get("done")).as("another community's need is not found there").isEmpty();
        assertThat(elsewhere.get("skipped").get(0).get("reason").asText()).contains("no need");
    }

    @Test
    void theInboxFiltersByGridAndByChannel() {
        String inFirstGrid = raise(resident, "1号楼2单元楼顶的太阳能热水器漏水", "1-2");
        String inSecondGrid = raise(resident, "5号楼楼下的健身器材松动了", "5-1");
        JsonNode firstGrid = api.get("/api/v1/t/huanglong/demands?grid=G01&limit=200", staff).json();
        assertThat(firstGrid.findValuesAsText("id")).contains(inFirstGrid).doesNotContain(inSecondGrid);
        JsonNode secondGrid = api.get("/api/v1/t/huanglong/demands?grid=G02&limit=200", staff).json();
        assertThat(secondGrid.findValuesAsText("id")).contains(inSecondGrid).doesNotContain(inFirstGrid);
        assertThat(api.get("/api/v1/t/huanglong/demands?grid=G99", staff).json().get("total").asInt()).isZero();
        assertThat(api.get("/api/v1/t/huanglong/demands?grid=G01&grid=G02&limit=200", staff).json().findValuesAsText("id"))
                .as("several grids at once").contains(inFirstGrid, inSecondGrid);
        String daguan = api.signIn("daguan", "ma.gw", "demo1234");
        assertThat(api.get("/api/v1/t/daguan/demands?grid=G01&limit=200", daguan).json().findValuesAsText("id"))
                .as("a grid code another community also uses shows only that community's needs").doesNotContain(inFirstGrid);
        assertThat(api.get("/api/v1/t/huanglong/demands?grid=G01", daguan).status()).isEqualTo(404);
        JsonNode portal = api.get("/api/v1/t/huanglong/demands?channel=intake.resident-portal&limit=200", staff).json();
        assertThat(portal.findValuesAsText("channel")).containsOnly("intake.resident-portal");
        assertThat(api.get("/api/v1/t/huanglong/demands?channel=intake.wecom&q=太阳能热水器漏水", staff).json()
                .get("total").asInt()).isZero();
    }

    @Test
    void theSameDeliveryArrivingManyTimesAtOnceMakesOneNeed() throws Exception {
        String key = "pm-race-" + UUID.randomUUID();
        String body = "{\"text\":\"7号楼地下车库的排水沟堵了，下雨就积水\",\"location\":\"7-1\"}";
        long now = System.currentTimeMillis() / 1000;
        java.util.concurrent.ExecutorService senders = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Api.Reply>> replies = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                replies.add(senders.submit(() -> propertyApp(body, now, key, PROPERTY_SECRET)));
            }
            java.util.Set<String> references = new java.util.HashSet<>();
            for (var reply : replies) {
                Api.Reply answer = reply.get();
                assertThat(answer.status()).as(answer.body()).isEqualTo(200);
                answer.json().get("created").forEach(r -> references.add(r.asText()));
                answer.json().get("alreadyKnown").forEach(r -> references.add(r.asText()));
            }
            assertThat(references).as("every sender is told of the one need").hasSize(1);
        } finally {
            senders.shutdown();
        }
        assertThat(api.get("/api/v1/t/huanglong/demands?q=排水沟堵了，下雨就积水", staff).json().get("total").asInt()).isEqualTo(1);
    }

    @Test
    void manyDifferentDeliveriesAtOnceEachBecomeTheirOwnNeed() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long now = System.currentTimeMillis() / 1000;
        java.util.concurrent.ExecutorService senders = java.util.concurrent.Executors.newFixedThreadPool(12);
        try {
            List<java.util.concurrent.Future<Api.Reply>> replies = new java.util.ArrayList<>();
            for (int i = 0; i < 36; i++) {
                String body = "{\"text\":\"并发测试" + run + "：" + i + "号车位的地锁坏了\",\"location\":\"4-1\"}";
                String key = "pm-burst-" + run + "-" + i;
                replies.add(senders.submit(() -> propertyApp(body, now, key, PROPERTY_SECRET)));
            }
            java.util.Set<String> references = new java.util.HashSet<>();
            for (var reply : replies) {
                Api.Reply answer = reply.get();
                assertThat(answer.status()).as(answer.body()).isEqualTo(200);
                assertThat(answer.json().get("created")).hasSize(1);
                references.add(answer.json().get("created").get(0).asText());
            }
            assertThat(references).as("each sender gets its own need").hasSize(36);
        } finally {
            senders.shutdown();
        }
        JsonNode stored = api.get("/api/v1/t/huanglong/demands?limit=200&q=并发测试" + run, staff).json();
        assertThat(stored.get("total").asInt()).isEqualTo(36);
        assertThat(stored.findValuesAsText("text")).allMatch(t -> t.contains("地锁坏了"));
    }

    @Test
    void aNeedCarriesItsMapPointAndUpToThreePhotosSeenOnlyByThoseWhoSeeTheNeed() throws Exception {
        Api.Reply located = api.post("/api/v1/t/huanglong/demands", resident, Api.json(Map.of("values",
                Map.of("text", "小区南门外的井盖松了，踩上去会晃", "place", "南门"), "latitude", 30.2741, "longitude", 120.1551)));
        assertThat(located.status()).as(located.body()).isEqualTo(201);
        String id = find(api.get("/api/v1/t/huanglong/demands", resident).json(), located.json().get("created").get(0).asText())
                .get("id").asText();
        JsonNode need = api.get("/api/v1/t/huanglong/demands/" + id, staff).json();
        assertThat(need.get("summary").get("latitude").asDouble()).isEqualTo(30.2741);
        assertThat(need.get("summary").get("longitude").asDouble()).isEqualTo(120.1551);
        Api.Reply offTheMap = api.post("/api/v1/t/huanglong/demands", resident, Api.json(Map.of("values",
                Map.of("text", "井盖松了需要固定"), "latitude", 300, "longitude", 120)));
        assertThat(offTheMap.status()).isEqualTo(400);
        assertThat(offTheMap.json().get("field").asText()).isEqualTo("latitude");

        byte[] png = png();
        String photos = "/api/v1/t/huanglong/demands/" + id + "/photos";
        Api.Reply added = api.send(java.net.http.HttpRequest.newBuilder(api.uri(photos)).header("Content-Type", "image/png")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(png)), resident);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        String photoId = added.json().get("photos").get(0).get("id").asText();
        var download = api.download(photos + "/" + photoId, staff);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(download.body()).isEqualTo(png);

        Api.Reply notAPicture = api.upload(photos, resident, "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
        assertThat(notAPicture.status()).isEqualTo(400);
        assertThat(notAPicture.json().get("message").asText()).contains("JPEG, PNG or WebP");
        assertThat(api.upload(photos, resident, new byte[5 * 1024 * 1024 + 1]).status()).isEqualTo(413);
        api.upload(photos, resident, png);
        api.upload(photos, staff, png);
        Api.Reply fourth = api.upload(photos, resident, png);
        assertThat(fourth.status()).as("three photos per need").isEqualTo(409);
        assertThat(api.get("/api/v1/t/huanglong/demands/" + id, resident).json().get("photos")).hasSize(3);

        String otherResident = api.signIn("huanglong", "resident2", "demo1234");
        assertThat(api.download(photos + "/" + photoId, otherResident).statusCode()).as("a private need's photo").isEqualTo(404);
        assertThat(api.upload(photos, otherResident, png).status()).isEqualTo(404);
        String daguan = api.signIn("daguan", "ma.gw", "demo1234");
        assertThat(api.download(photos + "/" + photoId, daguan).statusCode()).isEqualTo(404);
        assertThat(api.download("/api/v1/t/daguan/demands/" + id + "/photos/" + photoId, daguan).statusCode()).isEqualTo(404);
        assertThat(api.download(photos + "/" + photoId, null).statusCode()).isEqualTo(401);
    }

    /** A real (tiny) PNG picture. */
    static byte[] png() throws java.io.IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xFF0000);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void useCaseInputsAreCheckedAfterAccessAndNamedAsTheClientSentThem() {
        String id = raise(resident, "楼下的路灯一直闪，晚上看不清路", "2-1");
        String base = "/api/v1/t/huanglong/demands/";
        Api.Reply noKind = api.post(base + id + "/classify", staff, Api.json(Map.of("category", "FACILITIES")));
        assertThat(noKind.status()).isEqualTo(400);
        assertThat(noKind.json().get("field").asText()).isEqualTo("kind");
        assertThat(noKind.json().get("message").asText()).contains("choose the kind and the category");
        Api.Reply emptyNote = api.post(base + id + "/notes", staff, Api.json(Map.of("text", "  ")));
        assertThat(emptyNote.status()).isEqualTo(400);
        assertThat(emptyNote.json().get("field").asText()).isEqualTo("text");
        Api.Reply emptyProject = api.post(base + "escalations", staff, Api.json(Map.of("needs", List.of(id), "text", "")));
        assertThat(emptyProject.status()).isEqualTo(400);
        assertThat(emptyProject.json().get("field").asText()).isEqualTo("text");
        assertThat(api.get(base + id, staff).json().get("timeline").toString()).as("nothing was written").doesNotContain("NOTE");

        String daguan = api.signIn("daguan", "cadre", "demo1234");
        assertThat(api.post("/api/v1/t/huanglong/demands/" + id + "/classify", daguan, Api.json(Map.of("category", "FACILITIES")))
                .status()).as("another community's staff learn nothing, not even that the input was bad").isEqualTo(404);
    }

    private String raise(String token, String text, String place) {
        return raise(token, text, place, "huanglong");
    }

    private String raise(String token, String text, String place, String community) {
        Map<String, Object> values = place == null ? Map.of("text", text) : Map.of("text", text, "place", place);
        String reference = api.post("/api/v1/t/" + community + "/demands", token, Api.json(Map.of("values", values))).json()
                .get("created").get(0).asText();
        return find(api.get("/api/v1/t/" + community + "/demands", token).json(), reference).get("id").asText();
    }

    private Api.Reply propertyApp(String body, long timestamp, String key, String secret) throws Exception {
        return propertyApp(body, timestamp, key, secret, "huanglong");
    }

    private Api.Reply propertyApp(String body, long timestamp, String key, String secret, String community) throws Exception {
        String signature = hmac("HmacSHA256", secret, (timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
        return api.send(HttpRequest.newBuilder(api.uri("/api/v1/t/" + community + "/intake/intake.property-app"))
                .header("Content-Type", "application/json").header("X-Timestamp", String.valueOf(timestamp))
                .header("X-Signature", signature).header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body)), null);
    }

    private static String hmac(String algorithm, String secret, byte[] content) {
        return Deliveries.hmac(algorithm, secret, content);
    }

    private static JsonNode find(JsonNode page, String reference) {
        for (JsonNode item : page.get("items")) {
            if (item.get("reference").asText().equals(reference)) {
                return item;
            }
        }
        throw new AssertionError("no need " + reference + " in " + page);
    }
}
