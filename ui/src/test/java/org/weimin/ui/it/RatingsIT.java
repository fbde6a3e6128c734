package org.weimin.ui.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.weimin.ui.it.Api.error;
import static org.weimin.ui.it.Api.field;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Residents rate their resolved needs (满意 / 基本满意 / 不满意) over REST in huanglong: once a need is confirmed, by the
 * resident who raised it and one who has it too, changeable for seven days; a 不满意 waits for staff's return visit, and
 * two in a row mark the need red.
 */
class RatingsIT extends PlatformApiTest {

    private static final String BASE = "/api/v1/t/huanglong";

    private String worker;
    private String resident;
    private String neighbour;

    @BeforeEach
    void signIn() {
        worker = api.signIn("huanglong", "zhou.gw", "demo1234");
        resident = api.signIn("huanglong", "resident1", "demo1234");
        neighbour = api.signIn("huanglong", "resident2", "demo1234");
    }

    @Test
    void theResidentsRateADoneNeedOnceEachChangeItForSevenDaysAndTwoNotSatisfiedMarkItRed() throws Exception {
        String need = need("8号楼门口的路灯坏了 " + tag(), true);
        api.post(BASE + "/demands/" + need + "/support", neighbour, "");
        assertThat(error(rate(resident, need, "SATISFIED", null))).as("rated once it is done").isEqualTo("not_done");
        resolveAndConfirm(need);

        JsonNode first = rate(resident, need, "BASICALLY_SATISFIED", "修得挺快").json();
        assertThat(first.get("satisfaction").asText()).isEqualTo("BASICALLY_SATISFIED");
        JsonNode changed = rate(resident, need, "DISSATISFIED", "晚上又不亮了").json();
        assertThat(changed.get("id").asText()).as("one rating per resident, changed").isEqualTo(first.get("id").asText());
        assertThat(api.get(BASE + "/ratings/needs/" + need, resident).json().get("satisfaction").asText()).isEqualTo("DISSATISFIED");
        assertThat(api.get(BASE + "/ratings/needs/" + need, neighbour).status()).as("not rated yet").isEqualTo(204);
        JsonNode due = visit(need);
        assertThat(due.get("red").asBoolean()).as("one 不满意").isFalse();
        assertThat(due.get("comment").asText()).isEqualTo("晚上又不亮了");

        assertThat(rate(neighbour, need, "DISSATISFIED", null).status()).as("one who has it too").isEqualTo(200);
        assertThat(visit(need).get("red").asBoolean()).as("two 不满意 in a row").isTrue();

        String aWeekAgo = "update need_rating set rated_at = ? where id = ?";
        assertThat(StoredRows.update("huanglong", aWeekAgo, OffsetDateTime.now().minusDays(8), UUID.fromString(first.get("id").asText())))
                .isEqualTo(1);
        assertThat(error(rate(resident, need, "SATISFIED", null))).as("after seven days").isEqualTo("rating_closed");

        String ratingId = due.get("ratingId").asText();
        assertThat(field(api.post(BASE + "/ratings/return-visits/" + ratingId, worker, Api.json(Map.of("outcome", " ", "putRight", true)))))
                .isEqualTo("outcome");
        JsonNode visited = api.post(BASE + "/ratings/return-visits/" + ratingId, worker,
                Api.json(Map.of("outcome", "上门查看，路灯线路老化，已报修", "putRight", false))).json();
        assertThat(visited.get("visited").asBoolean()).isTrue();
        assertThat(api.get(BASE + "/ratings/return-visits", worker).body()).doesNotContain(ratingId);
        assertThat(error(api.post(BASE + "/ratings/return-visits/" + ratingId, worker, Api.json(Map.of("outcome", "再去", "putRight", true)))))
                .isEqualTo("already_visited");
    }

    @Test
    void onlyItsResidentsRateAndBadInputOrAnotherCommunityChangesNothing() throws Exception {
        String need = need("楼道里堆满了杂物 " + tag(), false);
        resolveAndConfirm(need);
        assertThat(rate(neighbour, need, "SATISFIED", null).status()).as("not theirs, not public").isIn(403, 404);
        assertThat(rate(worker, need, "SATISFIED", null).status()).as("staff do not rate").isEqualTo(403);
        assertThat(field(rate(resident, need, "VERY_HAPPY", null))).isEqualTo("satisfaction");
        assertThat(field(rate(resident, need, null, null))).isEqualTo("satisfaction");
        assertThat(field(rate(resident, need, "SATISFIED", "长".repeat(501)))).isEqualTo("comment");
        assertThat(rate(resident, UUID.randomUUID().toString(), "SATISFIED", null).status()).isEqualTo(404);
        assertThat(api.get(BASE + "/ratings/return-visits", resident).status()).isEqualTo(403);

        String daguan = api.signIn("daguan", "resident1", "demo1234");
        assertThat(api.put("/api/v1/t/daguan/ratings/needs/" + need, daguan, Api.json(Map.of("satisfaction", "DISSATISFIED"))).status())
                .isEqualTo(404);
        assertThat(api.put(BASE + "/ratings/needs/" + need, daguan, Api.json(Map.of("satisfaction", "DISSATISFIED"))).status()).isEqualTo(404);
        assertThat(api.get(BASE + "/ratings/return-visits", api.signIn("daguan", "cadre", "demo1234")).status()).isEqualTo(404);
        assertThat(api.get(BASE + "/ratings/needs/" + need, resident).status()).as("nothing was rated").isEqualTo(204);
        assertThat(rate(resident, need, "SATISFIED", null).status()).isEqualTo(200);
        assertThat(error(api.post(BASE + "/ratings/return-visits/" + api.get(BASE + "/ratings/needs/" + need, resident).json().get("id").asText(),
                worker, Api.json(Map.of("outcome", "回访", "putRight", true))))).as("only a 不满意 is visited back").isEqualTo("not_dissatisfied");
    }

    private Api.Reply rate(String token, String need, String satisfaction, String comment) {
        Map<String, Object> body = new java.util.HashMap<>();
        if (satisfaction != null) {
            body.put("satisfaction", satisfaction);
        }
        if (comment != null) {
            body.put("comment", comment);
        }
        return api.put(BASE + "/ratings/needs/" + need, token, Api.json(body));
    }

    private JsonNode visit(String need) {
        for (JsonNode due : api.get(BASE + "/ratings/return-visits", worker).json()) {
            if (due.get("needId").asText().equals(need)) {
                return due;
            }
        }
        throw new AssertionError("no return visit due for " + need);
    }

    /** A need resident1 raised (publicly or not), accepted by the grid worker as an affair; its id. */
    private String need(String text, boolean publicly) {
        String reference = api.post(BASE + "/demands", resident, Api.json(Map.of("values", Map.of("text", text), "publicVisible", publicly)))
                .json().get("created").get(0).asText();
        String id = api.get(BASE + "/demands?q=" + reference, worker).json().get("items").get(0).get("id").asText();
        api.post(BASE + "/demands/" + id + "/classify", worker, Api.json(Map.of("kind", "AFFAIR", "category", "FACILITIES")));
        assertThat(api.post(BASE + "/demands/" + id + "/accept", worker, "{}").status()).isEqualTo(200);
        return id;
    }

    private void resolveAndConfirm(String need) {
        assertThat(api.post(BASE + "/demands/" + need + "/resolve", worker, Api.json(Map.of("text", "已经处理好了"))).status()).isEqualTo(200);
        assertThat(api.post(BASE + "/demands/" + need + "/confirm", resident, "").status()).isEqualTo(200);
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 4);
    }
}
