package org.weimin.ui.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.weimin.ui.it.Api.error;
import static org.weimin.ui.it.Api.field;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An evaluation round in huanglong over REST, with all four methods: households vote once (signed in, or with a voting
 * slip), the sub-district's supervisor answers, the appointed assessor submits a signed result; closing publishes the
 * board and sends what failed back into the demand library, once; a correction is a new version.
 */
class EvaluationRoundsIT extends PlatformApiTest {

    private static final String BASE = "/api/v1/t/huanglong";
    private static final String ROUNDS = BASE + "/evaluation/rounds";
    private static final String APPRAISAL = "evaluation.democratic-appraisal";
    private static final String DOUBLE_REVIEW = "evaluation.double-review";
    private static final String SUPERVISION = "evaluation.subdistrict-supervision";
    private static final String THIRD_PARTY = "evaluation.third-party";
    private static final String ASSESSOR = "明评第三方测评中心";
    private static final String SECRET = "huanglong-demo-assessor-secret";

    private String cadre;
    private String worker;
    private String resident;

    @BeforeEach
    void signIn() {
        cadre = api.signIn("huanglong", "cadre", "demo1234");
        worker = api.signIn("huanglong", "zhou.gw", "demo1234");
        resident = api.signIn("huanglong", "resident1", "demo1234");
    }

    @Test
    void aRoundFromOpeningThroughEveryKindOfParticipantToItsBoardAndTheLoopIntoTheNextRound() throws Exception {
        String overdue = overdueNeed("3号楼楼道灯坏了半个月 " + tag());
        String disliked = dislikedNeed("小区东门的减速带松了 " + tag());
        String project = approvedProject();
        JsonNode round = open(Map.of(APPRAISAL, 1, DOUBLE_REVIEW, 1, SUPERVISION, 1, THIRD_PARTY, 2), List.of(project));
        String id = round.get("id").asText();
        String period = subject(round, "COMMUNITY_PERIOD");
        String projectSubject = subject(round, "PROJECT");

        JsonNode questions = api.get(ROUNDS + "/" + id + "/questions", null).json();
        assertThat(keys(questions)).as("residents answer the appraisal about both subjects and the double review about the period")
                .containsExactlyInAnyOrder(APPRAISAL + "/" + period, APPRAISAL + "/" + projectSubject, DOUBLE_REVIEW + "/" + period);
        Map<String, Object> ballot = ballot(period, projectSubject, "satisfied");
        assertThat(api.post(ROUNDS + "/" + id + "/ballots", resident, Api.json(Map.of("answers", ballot))).status()).isEqualTo(201);
        String sameHousehold = api.signIn("huanglong", "resident5", "demo1234");
        assertThat(error(api.post(ROUNDS + "/" + id + "/ballots", sameHousehold, Api.json(Map.of("answers", ballot)))))
                .as("one voice per household").isEqualTo("already_answered");

        JsonNode slips = api.post(ROUNDS + "/" + id + "/slips", cadre, "").json();
        assertThat(slips.size()).as("a slip for every household but the one that voted").isEqualTo(round.get("households").asInt() - 1);
        String slip = slips.get(0).get("code").asText();
        assertThat(slip).hasSize(20);
        Map<String, Object> slipBallot = ballot(period, projectSubject, "mostly");
        assertThat(api.post(ROUNDS + "/" + id + "/ballots", null, Api.json(Map.of("slip", slip, "answers", slipBallot))).status()).isEqualTo(201);
        assertThat(error(api.post(ROUNDS + "/" + id + "/ballots", null, Api.json(Map.of("slip", slip, "answers", slipBallot)))))
                .as("a slip is used once").isEqualTo("already_answered");
        assertThat(error(api.post(ROUNDS + "/" + id + "/ballots", null, Api.json(Map.of("slip", "ABCDEFGHJKMNPQRSTVWX", "answers", slipBallot)))))
                .as("a forged slip").isEqualTo("slip_not_valid");
        String unused = slips.get(1).get("code").asText();
        JsonNode reprinted = api.post(ROUNDS + "/" + id + "/slips", cadre, "").json();
        assertThat(reprinted.size()).isEqualTo(slips.size() - 1);
        assertThat(error(api.post(ROUNDS + "/" + id + "/ballots", null, Api.json(Map.of("slip", unused, "answers", slipBallot)))))
                .as("a reprinted slip replaces the old one").isEqualTo("slip_not_valid");

        String supervisor = api.signIn(null, "xixi.supervisor", "demo1234");
        Map<String, Object> findings = Map.of("criticalFindings", 0, "majorFindings", 1, "minorFindings", 2, "findings", "台账不全");
        Map<String, Object> supervision = Map.of(SUPERVISION + "/" + period, findings, SUPERVISION + "/" + projectSubject, findings);
        assertThat(api.post(ROUNDS + "/" + id + "/supervision", api.signIn(null, "daguan.supervisor", "demo1234"),
                Api.json(Map.of("answers", supervision))).status()).as("another sub-district's supervisor").isEqualTo(404);
        assertThat(api.post(ROUNDS + "/" + id + "/supervision", supervisor, Api.json(Map.of("answers", supervision))).status()).isEqualTo(201);
        assertThat(error(api.post(ROUNDS + "/" + id + "/supervision", supervisor, Api.json(Map.of("answers", supervision)))))
                .isEqualTo("already_answered");

        Map<String, Object> assessment = signed(id, period, 87, Instant.now());
        Map<String, Object> tampered = new HashMap<>(assessment);
        tampered.put("overallScore", 97);
        assertThat(refused(assess(id, period, tampered))).containsExactly(THIRD_PARTY + "/" + period + "/signature");
        assertThat(refused(assess(id, period, signed(id, period, 87, Instant.now().minusSeconds(600)))))
                .as("replayed after the window").containsExactly(THIRD_PARTY + "/" + period + "/signedAt");
        assertThat(refused(assess(id, period, signed(id, projectSubject, 87, Instant.now()))))
                .as("signed for another subject").containsExactly(THIRD_PARTY + "/" + period + "/signature");
        assertThat(assess(id, period, assessment).status()).isEqualTo(201);
        assertThat(error(assess(id, period, assessment))).isEqualTo("already_answered");

        JsonNode board = api.post(ROUNDS + "/" + id + "/closure", cadre, "").json();
        JsonNode community = result(board, period);
        assertThat(score(community, APPRAISAL)).as("mean of 满意 and 基本满意").isEqualTo(85);
        assertThat(score(community, DOUBLE_REVIEW)).isEqualTo(82);
        assertThat(score(community, SUPERVISION)).isEqualTo(84);
        assertThat(score(community, THIRD_PARTY)).isEqualTo(87);
        assertThat(community.get("overall").get("score").asInt()).as("(85 + 82 + 84 + 87 × 2) / 5").isEqualTo(85);
        assertThat(community.get("overall").get("participants").asInt()).as("two households, the supervisor, the assessor").isEqualTo(4);
        assertThat(figure(community, APPRAISAL).get("explanation").get("zh").asText()).as("below the quorum of 20").contains("仅供参考");
        assertThat(result(board, projectSubject).get("overall").get("score").asInt()).as("(0 + 84) / 2").isEqualTo(42);
        assertThat(board.get("ballots").asInt()).isEqualTo(2);
        assertThat(board.get("version").get("number").asInt()).isEqualTo(1);
        assertThat(board.toString()).as("no household or name on the board").doesNotContain("resident1", "household:");

        JsonNode reentered = api.get(ROUNDS + "/" + id + "/reentries", cadre).json();
        assertThat(evidence(reentered, "OVERDUE_NEED", reference(overdue))).hasSize(1);
        assertThat(evidence(reentered, "DISSATISFIED_RATING", reference(disliked))).hasSize(1);
        assertThat(evidence(reentered, "LOW_SCORING_PROJECT", null)).hasSize(1);
        JsonNode again = api.get(BASE + "/demands/" + evidence(reentered, "OVERDUE_NEED", reference(overdue)).get(0).get("needId").asText(), worker)
                .json().get("summary");
        assertThat(again.get("text").asText()).startsWith("【上轮评估】逾期未解决：3号楼楼道灯坏了半个月");
        assertThat(again.get("channel").asText()).isEqualTo("evaluation");
        assertThat(again.get("kind").asText()).as("classified as the old need was").isEqualTo("AFFAIR");

        assertThat(error(api.post(ROUNDS + "/" + id + "/closure", cadre, ""))).isEqualTo("round_closed");
        assertThat(error(api.post(ROUNDS + "/" + id + "/ballots", null, Api.json(Map.of("slip", reprinted.get(0).get("code").asText(),
                "answers", slipBallot))))).isEqualTo("round_closed");
        String next = open(Map.of(APPRAISAL, 1), List.of()).get("id").asText();
        api.post(ROUNDS + "/" + next + "/closure", cadre, "");
        JsonNode nextReentered = api.get(ROUNDS + "/" + next + "/reentries", cadre).json();
        assertThat(evidence(nextReentered, "OVERDUE_NEED", reference(overdue))).as("each failure re-enters once").isEmpty();
        assertThat(evidence(nextReentered, "DISSATISFIED_RATING", reference(disliked))).isEmpty();

        Map<String, Integer> weights = Map.of(APPRAISAL, 1, DOUBLE_REVIEW, 5, SUPERVISION, 1, THIRD_PARTY, 2);
        assertThat(field(api.post(ROUNDS + "/" + id + "/corrections", cadre, Api.json(Map.of("weights", weights))))).isEqualTo("reason");
        assertThat(error(api.post(ROUNDS + "/" + id + "/corrections", cadre, Api.json(Map.of("weights",
                Map.of(APPRAISAL, 1, DOUBLE_REVIEW, 1, SUPERVISION, 1, THIRD_PARTY, 2), "reason", "同样的权重")))))
                .isEqualTo("nothing_changed");
        JsonNode corrected = api.post(ROUNDS + "/" + id + "/corrections", cadre,
                Api.json(Map.of("weights", weights, "reason", "居民评议的分量应更重"))).json();
        assertThat(corrected.get("version").get("number").asInt()).isEqualTo(2);
        assertThat(corrected.get("version").get("change").asText()).contains("权重 1 → 5");
        assertThat(corrected.get("version").get("reason").asText()).isEqualTo("居民评议的分量应更重");
        assertThat(result(corrected, period).get("overall").get("score").asInt()).as("(85 + 82 × 5 + 84 + 87 × 2) / 9").isEqualTo(84);
        JsonNode first = api.get(ROUNDS + "/" + id + "/board?version=1", null).json();
        assertThat(result(first, period).get("overall").get("score").asInt()).as("the first version stays as published").isEqualTo(85);
        assertThat(api.get(ROUNDS + "/" + id + "/board", null).json().get("versions").size()).isEqualTo(2);
    }

    @Test
    void badInputNamesTheFieldAndAnotherCommunityReachesNothing() throws Exception {
        JsonNode round = open(Map.of(APPRAISAL, 1), List.of());
        String id = round.get("id").asText();
        String period = subject(round, "COMMUNITY_PERIOD");
        Map<String, Object> plan = new HashMap<>(plan(Map.of(APPRAISAL, 1), List.of()));
        assertThat(api.post(ROUNDS, resident, Api.json(plan)).status()).as("the cadre opens rounds").isEqualTo(403);
        assertThat(field(opened(plan, "period", "WEEK"))).isEqualTo("period");
        assertThat(field(opened(plan, "periodStart", quarterStart().plusDays(1).toString()))).isEqualTo("periodStart");
        assertThat(field(opened(plan, "collectUntil", LocalDate.now().minusDays(1).toString()))).isEqualTo("collectUntil");
        assertThat(field(opened(plan, "methods", List.of(Map.of("featureId", "evaluation.nope"))))).isEqualTo("methods");
        assertThat(field(opened(plan, "methods", List.of()))).isEqualTo("methods");
        assertThat(field(opened(plan, "title", " "))).isEqualTo("title");
        assertThat(field(opened(plan, "projectIds", List.of(UUID.randomUUID().toString())))).isEqualTo("projectIds");

        Map<String, Object> wrong = Map.of(APPRAISAL + "/" + period, Map.of("verdict", "great"));
        assertThat(refused(api.post(ROUNDS + "/" + id + "/ballots", resident, Api.json(Map.of("answers", wrong)))))
                .containsExactly(APPRAISAL + "/" + period + "/verdict");
        assertThat(field(api.post(ROUNDS + "/" + id + "/ballots", resident, Api.json(Map.of("answers", Map.of("x/y", Map.of())))))).isEqualTo("answers");
        assertThat(field(api.get(ROUNDS + "/" + id + "/questions?for=MAYOR", null))).isEqualTo("for");
        assertThat(api.post(ROUNDS + "/" + id + "/slips", resident, "").status()).isEqualTo(403);
        assertThat(api.get(ROUNDS + "/" + id + "/board", null).status()).as("nothing published yet").isEqualTo(404);
        assertThat(api.get(ROUNDS + "/" + UUID.randomUUID(), null).status()).isEqualTo(404);
        assertThat(api.get(ROUNDS + "/not-an-id", null).status()).isEqualTo(404);

        String daguan = api.signIn("daguan", "cadre", "demo1234");
        assertThat(api.get(ROUNDS, daguan).status()).isEqualTo(404);
        assertThat(api.post(ROUNDS, daguan, Api.json(plan)).status()).isEqualTo(404);
        assertThat(api.post(ROUNDS + "/" + id + "/closure", daguan, "").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/t/daguan/evaluation/rounds/" + id, daguan).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/t/daguan/evaluation/rounds/" + id + "/ballots", api.signIn("daguan", "resident1", "demo1234"),
                Api.json(Map.of("answers", Map.of(APPRAISAL + "/" + period, Map.of("verdict", "satisfied"))))).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/t/daguan/evaluation/rounds", daguan).json().toString()).doesNotContain(id);
        assertThat(api.get(ROUNDS + "/" + id, cadre).json().get("ballots").asInt()).as("nothing was cast").isZero();
    }

    private JsonNode open(Map<String, Integer> methods, List<String> projects) {
        Api.Reply opened = api.post(ROUNDS, cadre, Api.json(plan(methods, projects)));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return opened.json();
    }

    private Map<String, Object> plan(Map<String, Integer> methods, List<String> projects) {
        List<Map<String, Object>> chosen = new ArrayList<>();
        methods.forEach((feature, weight) -> chosen.add(Map.of("featureId", feature, "weight", weight)));
        return Map.of("title", "季度评估 " + tag(), "period", "QUARTER", "periodStart", quarterStart().toString(),
                "collectUntil", LocalDate.now().plusDays(7).toString(), "methods", chosen, "projectIds", projects);
    }

    private Api.Reply opened(Map<String, Object> plan, String key, Object value) {
        Map<String, Object> changed = new HashMap<>(plan);
        changed.put(key, value);
        return api.post(ROUNDS, cadre, Api.json(changed));
    }

    private static LocalDate quarterStart() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).with(IsoFields.DAY_OF_QUARTER, 1);
    }

    private static Map<String, Object> ballot(String period, String project, String verdict) {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put(APPRAISAL + "/" + period, Map.of("verdict", verdict));
        answers.put(APPRAISAL + "/" + project, Map.of("verdict", "unsatisfied", "reason", "没看到变化"));
        answers.put(DOUBLE_REVIEW + "/" + period, Map.of("satisfaction", "5", "timeliness", "4", "communication", "3"));
        return answers;
    }

    private Api.Reply assess(String round, String subject, Map<String, Object> answers) {
        return api.post(ROUNDS + "/" + round + "/assessments", null, Api.json(Map.of("featureId", THIRD_PARTY, "subjectId", subject, "answers", answers)));
    }

    private static Map<String, Object> signed(String round, String subject, int score, Instant at) throws Exception {
        String report = "https://example.org/reports/" + round;
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String content = String.join("|", round, subject, ASSESSOR, Integer.toString(score), report, at.toString());
        String signature = java.util.HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        return Map.of("assessor", ASSESSOR, "overallScore", score, "reportUrl", report, "signedAt", at.toString(), "signature", signature);
    }

    private static List<String> refused(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.json().get("error").asText()).isEqualTo("invalid_answers");
        List<String> fields = new ArrayList<>();
        reply.json().get("fieldErrors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    private static String subject(JsonNode round, String kind) {
        for (JsonNode s : round.get("subjects")) {
            if (s.get("kind").asText().equals(kind)) {
                return s.get("id").asText();
            }
        }
        throw new AssertionError("no " + kind + " subject in " + round);
    }

    private static List<String> keys(JsonNode questions) {
        List<String> keys = new ArrayList<>();
        questions.forEach(q -> keys.add(q.get("featureId").asText() + "/" + q.get("subjectId").asText()));
        return keys;
    }

    private static JsonNode result(JsonNode board, String subject) {
        for (JsonNode r : board.get("results")) {
            if (r.get("subject").get("id").asText().equals(subject)) {
                return r;
            }
        }
        throw new AssertionError("no result for " + subject + " in " + board);
    }

    private static JsonNode figure(JsonNode result, String method) {
        for (JsonNode m : result.get("methods")) {
            if (m.get("featureId").asText().equals(method)) {
                return m;
            }
        }
        throw new AssertionError("no " + method + " in " + result);
    }

    private static int score(JsonNode result, String method) {
        return figure(result, method).get("score").asInt();
    }

    private static List<JsonNode> evidence(JsonNode reentered, String kind, String label) {
        List<JsonNode> found = new ArrayList<>();
        reentered.forEach(r -> {
            if (r.get("evidence").asText().equals(kind) && (label == null || r.get("evidenceLabel").asText().equals(label))) {
                found.add(r);
            }
        });
        return found;
    }

    private String reference(String needId) {
        return api.get(BASE + "/demands/" + needId, worker).json().get("summary").get("reference").asText();
    }

    /** A need accepted as an affair whose resolution deadline passed yesterday. */
    private String overdueNeed(String text) throws Exception {
        String id = acceptedNeed(text);
        assertThat(StoredRows.update("huanglong", "update demand set resolve_by = ? where id = ?", OffsetDateTime.now().minusDays(1),
                UUID.fromString(id))).isEqualTo(1);
        return id;
    }

    /** A need resolved, confirmed and rated 不满意 by its resident, not visited back. */
    private String dislikedNeed(String text) {
        String id = acceptedNeed(text);
        assertThat(api.post(BASE + "/demands/" + id + "/resolve", worker, Api.json(Map.of("text", "已经处理好了"))).status()).isEqualTo(200);
        assertThat(api.post(BASE + "/demands/" + id + "/confirm", resident, "").status()).isEqualTo(200);
        assertThat(api.put(BASE + "/ratings/needs/" + id, resident, Api.json(Map.of("satisfaction", "DISSATISFIED"))).status()).isEqualTo(200);
        return id;
    }

    private String acceptedNeed(String text) {
        String reference = api.post(BASE + "/demands", resident, Api.json(Map.of("values", Map.of("text", text), "publicVisible", false)))
                .json().get("created").get(0).asText();
        String id = api.get(BASE + "/demands?q=" + reference, worker).json().get("items").get(0).get("id").asText();
        api.post(BASE + "/demands/" + id + "/classify", worker, Api.json(Map.of("kind", "AFFAIR", "category", "FACILITIES")));
        assertThat(api.post(BASE + "/demands/" + id + "/accept", worker, "{}").status()).isEqualTo(200);
        return id;
    }

    /** A directly funded project the cadre approved, paid from a subsidy given for it. */
    private String approvedProject() {
        api.post(BASE + "/fund/subsidies", cadre, Api.json(Map.of("amountFen", 100_000, "document", "西财〔2026〕E" + tag())));
        Api.Reply proposed = api.post(BASE + "/projects", worker, Api.json(Map.of("title", "楼道照明改造 " + tag(), "goal", "每层楼道装上声控灯",
                "mode", "DIRECT_FUNDING", "budget", List.of(Map.of("item", "灯具", "amountFen", 100_000)),
                "milestones", List.of(Map.of("title", "安装", "deliverable", "安装完成", "acceptanceCriteria", "现场查验", "dueOn", "2027-06-30",
                        "amountFen", 100_000)))));
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        String id = proposed.json().get("id").asText();
        assertThat(api.post(BASE + "/projects/" + id + "/approval", cadre, Api.json(Map.of("note", "居民议事会通过"))).json().get("status").asText())
                .isEqualTo("UNDER_WAY");
        return id;
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 4);
    }
}
