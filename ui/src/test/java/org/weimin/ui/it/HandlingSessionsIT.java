package org.weimin.ui.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.weimin.ui.it.Api.field;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** General affairs handled on a schedule (一般事项定期办): the cadence, the agenda, the decisions and what residents read. */
class HandlingSessionsIT extends PlatformApiTest {

    private static final String BASE = "/api/v1/t/huanglong";
    private static final String SESSIONS = BASE + "/handling-sessions";

    private String resident;
    private String gridWorker;
    private String cadre;

    @BeforeEach
    void signIn() {
        resident = api.signIn("huanglong", "resident1", "demo1234");
        gridWorker = api.signIn("huanglong", "zhou.gw", "demo1234");
        cadre = api.signIn("huanglong", "cadre", "demo1234");
        LocalDate firstOn = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2);
        Api.Reply set = api.put(SESSIONS + "/cadence", cadre, Api.json(Map.of("firstOn", firstOn.toString(), "everyWeeks", 2,
                "startsAt", "14:30", "place", "社区一楼议事厅")));
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().get("nextOn").asText()).isEqualTo(firstOn.toString());
    }

    @Test
    void anAffairWaitsForTheNextSessionWhichDecidesItAndTheResidentReadsEachStep() {
        String lamp = affair("3号楼楼道灯坏了一个多月了");
        JsonNode session = api.post(SESSIONS + "/agenda", gridWorker, Api.json(Map.of("demandId", lamp))).json();
        assertThat(session.get("agenda").toString()).contains("3号楼楼道灯坏了");
        assertThat(api.post(SESSIONS + "/agenda", gridWorker, Api.json(Map.of("demandId", lamp))).status())
                .as("one agenda at a time").isEqualTo(409);
        JsonNode seen = api.get(BASE + "/demands/" + lamp, resident).json();
        assertThat(seen.get("summary").get("status").asText()).isEqualTo("AT_SESSION");
        assertThat(seen.get("timeline").toString()).contains("PUT_ON_SESSION", "社区一楼议事厅");
        assertThat(api.post(BASE + "/demands/" + lamp + "/start", gridWorker, "").status()).as("the session decides it").isEqualTo(409);

        String item = itemOf(session, lamp);
        JsonNode all = api.get(SESSIONS, gridWorker).json();
        assertThat(all.size()).as("the coming sessions are there to move an affair to").isGreaterThanOrEqualTo(3);
        String later = all.get(1).get("id").asText();
        JsonNode moved = api.post(SESSIONS + "/items/" + item + "/move", gridWorker, Api.json(Map.of("sessionId", later))).json();
        assertThat(moved.get("id").asText()).isEqualTo(later);
        assertThat(moved.get("agenda").toString()).contains("3号楼楼道灯坏了");

        Api.Reply noOne = api.post(SESSIONS + "/items/" + item + "/decision", cadre, Api.json(Map.of("outcome", "ASSIGNED")));
        assertThat(noOne.json().get("field").asText()).isEqualTo("assignee");
        JsonNode decided = api.post(SESSIONS + "/items/" + item + "/decision", cadre,
                Api.json(Map.of("outcome", "ASSIGNED", "assignee", "wu.gw", "note", "本周内联系物业更换"))).json();
        assertThat(decided.get("agenda").get(0).get("outcome").asText()).isEqualTo("ASSIGNED");
        JsonNode assigned = api.get(BASE + "/demands/" + lamp, resident).json();
        assertThat(assigned.get("summary").get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(assigned.get("summary").get("assignee").asText()).isEqualTo("wu.gw");
        assertThat(assigned.get("timeline").toString()).contains("SESSION_DECIDED", "本周内联系物业更换");
        assertThat(api.post(SESSIONS + "/items/" + item + "/decision", cadre, Api.json(Map.of("outcome", "HANDLED", "note", "又改了")))
                .status()).as("a decision stands").isEqualTo(409);

        String parking = affair("希望在小区里增加几个电动车充电桩");
        String parkingItem = itemOf(api.post(SESSIONS + "/agenda", gridWorker, Api.json(Map.of("demandId", parking))).json(), parking);
        api.post(SESSIONS + "/items/" + parkingItem + "/decision", cadre,
                Api.json(Map.of("outcome", "REFUSED", "note", "小区电网容量不足，已向街道反映")));
        JsonNode refused = api.get(BASE + "/demands/" + parking, resident).json();
        assertThat(refused.get("summary").get("status").asText()).isEqualTo("REJECTED");
        assertThat(refused.get("rejectionReason").asText()).contains("电网容量不足");

        String lift = affair("6号楼想加装电梯，需要业主和物业一起商量");
        String liftItem = itemOf(api.post(SESSIONS + "/agenda", gridWorker, Api.json(Map.of("demandId", lift))).json(), lift);
        String meeting = api.post(BASE + "/joint-meetings", cadre, Api.json(Map.of("title", "加装电梯协调会 " + UUID.randomUUID(),
                "heldAt", "2027-01-12T14:30", "place", "社区二楼会议室", "participants", List.of("王书记", "物业李经理")))).json()
                .get("meeting").get("id").asText();
        JsonNode referred = api.post(SESSIONS + "/items/" + liftItem + "/decision", cadre,
                Api.json(Map.of("outcome", "REFERRED", "meetingId", meeting))).json();
        assertThat(referred.toString()).contains("REFERRED");
        assertThat(api.get(BASE + "/demands/" + lift, resident).json().get("summary").get("status").asText()).isEqualTo("AT_JOINT_MEETING");
    }

    @Test
    void aRoutineAffairGoesAtOnceToAnOrganisationWhoseTypeTakesRoutineAffairsOn() {
        String base = "/api/v1/t/daguan";
        String daguanCadre = api.signIn("daguan", "cadre", "demo1234");
        String daguanResident = api.signIn("daguan", "resident1", "demo1234");
        Api.Reply group = api.post(base + "/organizations", daguanCadre, Api.json(Map.of("typeId", "org-type.self-governance",
                "name", "5号楼楼道自治小组 " + UUID.randomUUID().toString().substring(0, 4), "attributes", Map.of("form", "stairwell-group",
                        "coverage", "5号楼", "memberCount", 8, "contactName", "楼长老陈", "contactPhone", "13600001111"))));
        assertThat(group.status()).as(group.body()).isEqualTo(201);
        String groupId = group.json().get("id").asText();
        if (group.json().get("status").asText().equals("PENDING_APPROVAL")) {
            api.post(base + "/organizations/" + groupId + "/approve", daguanCadre, "");
        }
        String reference = api.post(base + "/demands", daguanResident, Api.json(Map.of("values", Map.of("text",
                "5号楼楼道堆满杂物 " + UUID.randomUUID())))).json().get("created").get(0).asText();
        String need = api.get(base + "/demands?q=" + reference, daguanCadre).json().get("items").get(0).get("id").asText();
        api.post(base + "/demands/" + need + "/classify", daguanCadre, Api.json(Map.of("kind", "AFFAIR", "category", "ENVIRONMENT")));
        assertThat(field(api.post(base + "/demands/" + need + "/accept", daguanCadre, Api.json(Map.of("organizationId", UUID.randomUUID().toString())))))
                .isEqualTo("organizationId");
        JsonNode accepted = api.post(base + "/demands/" + need + "/accept", daguanCadre, Api.json(Map.of("organizationId", groupId))).json();
        assertThat(accepted.get("summary").get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(accepted.get("summary").get("assignee").asText()).startsWith("5号楼楼道自治小组");
        assertThat(accepted.get("summary").get("resolveBy").asText()).as("due by the community's policy").isNotEmpty();
        assertThat(api.post(BASE + "/demands/" + need + "/accept", cadre, Api.json(Map.of("organizationId", groupId))).status())
                .as("another community's need").isEqualTo(404);

        JsonNode board = api.get(base + "/routine-affairs", daguanCadre).json();
        JsonNode holder = null;
        for (JsonNode each : board.get("holders")) {
            if (each.get("name").asText().equals(accepted.get("summary").get("assignee").asText())) {
                holder = each;
            }
        }
        assertThat(holder).as("the organisation has it in hand on the board: " + board).isNotNull();
        assertThat(holder.hasNonNull("username")).as("an organisation, not a colleague").isFalse();
        assertThat(holder.get("affairs").toString()).contains(reference);
        assertThat(api.get(BASE + "/routine-affairs", cadre).body()).as("another community's board").doesNotContain(reference);
        assertThat(api.get(base + "/routine-affairs", cadre).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/t/nowhere/routine-affairs", cadre).status()).isEqualTo(404);
        assertThat(api.get(base + "/routine-affairs", daguanResident).status()).as("staff only").isEqualTo(403);
    }

    @Test
    void theRoutineBoardPutsTheCallersOwnAffairsFirstWithTheirDeadlines() {
        String mine = affair("4号楼单元门禁刷不开");
        Api.Reply accepted = api.post(BASE + "/demands/" + mine + "/accept", gridWorker, "{}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        String theirs = affair("5号楼垃圾桶满了没人清");
        assertThat(api.post(BASE + "/demands/" + theirs + "/accept", gridWorker, "{}").status()).isEqualTo(200);
        assertThat(api.post(BASE + "/demands/" + theirs + "/transfer", gridWorker, Api.json(Map.of("assignTo", "wu.gw", "text", "吴师傅负责5号楼")))
                .status()).isEqualTo(200);
        JsonNode board = api.get(BASE + "/routine-affairs", gridWorker).json();
        JsonNode first = board.get("holders").get(0);
        assertThat(first.get("mine").asBoolean()).isTrue();
        assertThat(first.get("username").asText()).isEqualTo("zhou.gw");
        assertThat(first.get("affairs").toString()).contains(mine).doesNotContain(theirs);
        assertThat(first.get("affairs").get(0).get("dueBy").asText()).isNotEmpty();
        assertThat(board.toString()).contains(theirs);
        assertThat(api.get(BASE + "/routine-affairs", resident).status()).isEqualTo(403);
        assertThat(api.get(BASE + "/routine-affairs", null).status()).isEqualTo(401);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndOnlyCadresSetTheCadence() {
        assertThat(field(api.put(SESSIONS + "/cadence", cadre, Api.json(Map.of("firstOn", "下周二", "everyWeeks", 2, "startsAt", "14:30",
                "place", "议事厅"))))).isEqualTo("firstOn");
        assertThat(field(api.put(SESSIONS + "/cadence", cadre, Api.json(Map.of("firstOn", "2026-12-08", "everyWeeks", 9, "startsAt", "14:30",
                "place", "议事厅"))))).isEqualTo("everyWeeks");
        assertThat(field(api.put(SESSIONS + "/cadence", cadre, Api.json(Map.of("firstOn", "2026-12-08", "everyWeeks", 2, "startsAt", "半夜",
                "place", "议事厅"))))).isEqualTo("startsAt");
        assertThat(api.put(SESSIONS + "/cadence", gridWorker, Api.json(Map.of("firstOn", "2026-12-08", "everyWeeks", 2, "startsAt", "14:30",
                "place", "议事厅"))).status()).isEqualTo(403);
        assertThat(field(api.post(SESSIONS + "/agenda", gridWorker, "{}"))).isEqualTo("demandId");
        String wish = need("想找人陪我去医院");
        api.post(BASE + "/demands/" + wish + "/classify", gridWorker, Api.json(Map.of("kind", "WISH", "category", "HEALTH")));
        assertThat(field(api.post(SESSIONS + "/agenda", gridWorker, Api.json(Map.of("demandId", wish))))).as("affairs only").isEqualTo("kind");
        String affair = affair("小区健身器材坏了");
        String item = itemOf(api.post(SESSIONS + "/agenda", gridWorker, Api.json(Map.of("demandId", affair))).json(), affair);
        assertThat(field(api.post(SESSIONS + "/items/" + item + "/decision", cadre, Api.json(Map.of("outcome", "MAYBE"))))).isEqualTo("outcome");
        assertThat(field(api.post(SESSIONS + "/items/" + item + "/decision", cadre, Api.json(Map.of("outcome", "HANDLED"))))).isEqualTo("note");
        assertThat(field(api.post(SESSIONS + "/items/" + item + "/decision", cadre, Api.json(Map.of("outcome", "REFERRED"))))).isEqualTo("meetingId");
        assertThat(field(api.post(SESSIONS + "/items/" + item + "/decision", cadre, Api.json(Map.of("outcome", "ASSIGNED", "assignee", "resident2")))))
                .as("a resident is not a colleague").isEqualTo("assignee");
        assertThat(api.get(BASE + "/demands/" + affair, resident).json().get("summary").get("status").asText())
                .as("nothing half-done").isEqualTo("AT_SESSION");
        assertThat(api.post(SESSIONS + "/items/" + item + "/decision", resident, Api.json(Map.of("outcome", "HANDLED", "note", "好了"))).status())
                .isEqualTo(403);
        assertThat(api.get(SESSIONS + "/not-a-session", gridWorker).status()).isEqualTo(404);
    }

    @Test
    void anotherCommunityNeitherSeesNorDecidesTheseSessions() {
        String affair = affair("小区门口的减速带松了");
        JsonNode session = api.post(SESSIONS + "/agenda", gridWorker, Api.json(Map.of("demandId", affair))).json();
        String item = itemOf(session, affair);
        String daguanCadre = api.signIn("daguan", "cadre", "demo1234");
        assertThat(api.get(SESSIONS, daguanCadre).status()).isEqualTo(404);
        assertThat(api.get(SESSIONS + "/" + session.get("id").asText(), daguanCadre).status()).isEqualTo(404);
        assertThat(api.post(SESSIONS + "/items/" + item + "/decision", daguanCadre, Api.json(Map.of("outcome", "HANDLED", "note", "x")))
                .status()).isEqualTo(404);
        String theirs = "/api/v1/t/daguan/handling-sessions";
        assertThat(api.post(theirs + "/items/" + item + "/decision", daguanCadre, Api.json(Map.of("outcome", "HANDLED", "note", "x")))
                .status()).as("an item of another community is not found").isEqualTo(404);
        assertThat(api.get(theirs + "/" + session.get("id").asText(), daguanCadre).status()).isEqualTo(404);
        assertThat(api.get(SESSIONS + "/cadence", daguanCadre).status()).isEqualTo(404);
        assertThat(api.put(SESSIONS + "/cadence", daguanCadre, Api.json(Map.of("firstOn", "2030-01-01", "everyWeeks", 1,
                "startsAt", "09:00", "place", "别处"))).status()).isEqualTo(404);
        assertThat(api.get(BASE + "/handling-sessions/cadence", cadre).json().get("place").asText()).isEqualTo("社区一楼议事厅");
        String later = api.get(SESSIONS, gridWorker).json().get(1).get("id").asText();
        assertThat(api.post(SESSIONS + "/items/" + item + "/move", daguanCadre, Api.json(Map.of("sessionId", later))).status()).isEqualTo(404);
        assertThat(api.post(theirs + "/items/" + item + "/move", daguanCadre, Api.json(Map.of("sessionId", later))).status()).isEqualTo(404);
        assertThat(api.post(SESSIONS + "/agenda", daguanCadre, Api.json(Map.of("demandId", affair("又一处减速带松了")))).status())
                .isEqualTo(404);
        Api.Reply borrowed = api.post(theirs + "/agenda", daguanCadre, Api.json(Map.of("demandId", affair)));
        Api.Reply invented = api.post(theirs + "/agenda", daguanCadre, Api.json(Map.of("demandId", UUID.randomUUID().toString())));
        assertThat(borrowed.status()).as("another community's need is as unknown as one never raised").isEqualTo(invented.status())
                .isIn(404, 409);
        assertThat(itemOf(api.get(SESSIONS + "/" + session.get("id").asText(), gridWorker).json(), affair)).as("still where it was")
                .isEqualTo(item);
        assertThat(api.get("/api/v1/t/nowhere/handling-sessions", cadre).status()).isEqualTo(404);
        assertThat(api.get(SESSIONS, null).status()).isEqualTo(401);
    }

    private static String itemOf(JsonNode session, String demandId) {
        for (JsonNode item : session.get("agenda")) {
            if (item.get("demandId").asText().equals(demandId)) {
                return item.get("id").asText();
            }
        }
        throw new AssertionError("the need is not on " + session);
    }

    private String affair(String text) {
        String id = need(text);
        Api.Reply classified = api.post(BASE + "/demands/" + id + "/classify", gridWorker, Api.json(Map.of("kind", "AFFAIR", "category", "FACILITIES")));
        assertThat(classified.status()).as(classified.body()).isEqualTo(200);
        return id;
    }

    private String need(String text) {
        Api.Reply submitted = api.post(BASE + "/demands", resident, Api.json(Map.of("values", Map.of("text", text + " " + UUID.randomUUID()))));
        String reference = submitted.json().get("created").get(0).asText();
        return api.get(BASE + "/demands?q=" + reference, gridWorker).json().get("items").get(0).get("id").asText();
    }
}
