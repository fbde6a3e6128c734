package org.weimin.ui.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Major affairs go to a joint meeting; its decisions move the needs on and reach their residents. */
class JointMeetingIT extends PlatformApiTest {

    private static final String MEETINGS = "/api/v1/t/huanglong/joint-meetings";

    private String resident;
    private String gridWorker;
    private String cadre;

    @BeforeEach
    void signIn() {
        resident = api.signIn("huanglong", "resident1", "demo1234");
        gridWorker = api.signIn("huanglong", "zhou.gw", "demo1234");
        cadre = api.signIn("huanglong", "cadre", "demo1234");
    }

    @Test
    void aJointMeetingDecidesItsAffairsAndTheResidentsReadTheDecisions() {
        String lift = affair("6号楼想加装电梯，老人上下楼太难了，需要全楼业主和物业一起商量");
        String parking = affair("小区东门外乱停车堵住消防通道，需要交警和物业一起解决");

        assertThat(api.post(MEETINGS, gridWorker, schedule("加装电梯协调会")).status())
                .as("only cadres convene").isEqualTo(403);
        Api.Reply scheduled = api.post(MEETINGS, cadre, schedule("加装电梯协调会"));
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(201);
        String meeting = MEETINGS + "/" + scheduled.json().get("meeting").get("id").asText();

        JsonNode agenda = api.post(meeting + "/agenda", gridWorker, Api.json(Map.of("demandId", lift))).json();
        assertThat(agenda.get("agenda").get(0).get("needStatus").asText()).isEqualTo("AT_JOINT_MEETING");
        api.post(meeting + "/agenda", gridWorker, Api.json(Map.of("demandId", parking)));
        assertThat(api.post(meeting + "/agenda", gridWorker, Api.json(Map.of("demandId", lift))).status())
                .as("an affair waits on one agenda at a time").isEqualTo(409);
        String liftNeed = "/api/v1/t/huanglong/demands/" + lift;
        assertThat(api.post(liftNeed + "/start", gridWorker, "").status()).as("the meeting moves it on, not a button").isEqualTo(409);
        assertThat(api.get(liftNeed, gridWorker).json().get("nextStatuses")).isEmpty();
        assertThat(api.post(liftNeed + "/notes", gridWorker, Api.json(Map.of("text", "已通知6号楼楼长", "internal", true))).status()).isEqualTo(200);

        Api.Reply unassigned = api.post(meeting + "/agenda/" + lift + "/decision", cadre,
                Api.json(Map.of("outcome", "PROCEED", "decision", "同意启动加装电梯", "dueDate", "2027-03-31")));
        assertThat(unassigned.status()).isEqualTo(400);
        assertThat(unassigned.json().get("field").asText()).isEqualTo("assignee");
        assertThat(api.post(meeting + "/agenda/" + lift + "/decision", cadre,
                Api.json(Map.of("outcome", "MAYBE", "decision", "再议"))).json().get("field").asText()).isEqualTo("outcome");
        assertThat(api.post(meeting + "/agenda/" + lift + "/decision", gridWorker,
                Api.json(Map.of("outcome", "DECLINE", "decision", "不同意"))).status()).as("cadres record decisions").isEqualTo(403);

        JsonNode decided = api.post(meeting + "/agenda/" + lift + "/decision", cadre, Api.json(Map.of("outcome", "PROCEED",
                "decision", "同意启动加装电梯，业主意见征集由楼长牵头", "assignee", "物业公司 李经理", "dueDate", "2027-03-31"))).json();
        assertThat(decided.get("meeting").get("status").asText()).as("one affair still waits").isEqualTo("SCHEDULED");
        assertThat(api.post(meeting + "/agenda/" + lift + "/decision", cadre, Api.json(Map.of("outcome", "DECLINE",
                "decision", "改主意了"))).status()).as("a decision stands").isEqualTo(409);
        JsonNode concluded = api.post(meeting + "/agenda/" + parking + "/decision", cadre, Api.json(Map.of("outcome", "DECLINE",
                "decision", "属交警职责，已转交区交警大队"))).json();
        assertThat(concluded.get("meeting").get("status").asText()).isEqualTo("CONCLUDED");
        assertThat(concluded.get("meeting").get("decided").asInt()).isEqualTo(2);
        assertThat(api.post(meeting + "/agenda", gridWorker, Api.json(Map.of("demandId", affair("9号楼屋顶漏水，需要维修基金")))).status())
                .as("a concluded meeting takes no more").isEqualTo(409);

        JsonNode liftSeenByResident = api.get(liftNeed, resident).json();
        assertThat(liftSeenByResident.get("summary").get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(liftSeenByResident.get("summary").get("assignee").asText()).isEqualTo("物业公司 李经理");
        assertThat(liftSeenByResident.get("summary").get("resolveBy").asText()).as("the meeting's due date, end of day in Shanghai")
                .isEqualTo("2027-03-31T16:00:00Z");
        assertThat(liftSeenByResident.get("timeline").toString()).contains("REFERRED_TO_MEETING", "加装电梯协调会",
                "同意启动加装电梯", "2027-03-31").doesNotContain("已通知6号楼楼长");
        JsonNode parkingSeenByResident = api.get("/api/v1/t/huanglong/demands/" + parking, resident).json();
        assertThat(parkingSeenByResident.get("summary").get("status").asText()).isEqualTo("REJECTED");
        assertThat(parkingSeenByResident.get("rejectionReason").asText()).contains("属交警职责");

        assertThat(api.get(MEETINGS, resident).status()).as("meetings are the staff's working papers").isEqualTo(403);
        assertThat(api.get(MEETINGS, gridWorker).body()).contains("加装电梯协调会");
    }

    @Test
    void onlyAffairsGoOnTheAgendaAndBadInputNamesTheField() {
        String meeting = MEETINGS + "/" + api.post(MEETINGS, cadre, schedule("月度联席会")).json().get("meeting").get("id").asText();
        Api.Reply submitted = api.post("/api/v1/t/huanglong/demands", resident, Api.json(Map.of(
                "values", Map.of("text", "独居老人想要一个助行器", "place", "3-2"))));
        String wish = find(submitted.json().get("created").get(0).asText());
        api.post("/api/v1/t/huanglong/demands/" + wish + "/classify", gridWorker, Api.json(Map.of("kind", "WISH", "category", "ELDERLY")));
        Api.Reply refused = api.post(meeting + "/agenda", gridWorker, Api.json(Map.of("demandId", wish)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("message").asText()).contains("micro-affairs");

        Api.Reply oneParty = api.post(MEETINGS, cadre, Api.json(Map.of("title", "协调会", "heldAt", "2026-12-03T14:30",
                "place", "会议室", "participants", List.of("王书记"))));
        assertThat(oneParty.status()).isEqualTo(400);
        assertThat(oneParty.json().get("field").asText()).isEqualTo("participants");
        Api.Reply badTime = api.post(MEETINGS, cadre, Api.json(Map.of("title", "协调会", "heldAt", "下周三",
                "place", "会议室", "participants", List.of("王书记", "李经理"))));
        assertThat(badTime.json().get("field").asText()).isEqualTo("heldAt");
        assertThat(api.get(MEETINGS + "/not-a-meeting", cadre).status()).isEqualTo(404);
    }

    @Test
    void anotherCommunityNeitherSeesNorTouchesTheMeetings() {
        String meeting = MEETINGS + "/" + api.post(MEETINGS, cadre, schedule("黄龙内部协调会")).json().get("meeting").get("id").asText();
        String lift = affair("2号楼外墙脱落，需要维修资金");
        String daguanCadre = api.signIn("daguan", "cadre", "demo1234");
        assertThat(api.get(MEETINGS, daguanCadre).status()).isEqualTo(404);
        assertThat(api.get(meeting, daguanCadre).status()).isEqualTo(404);
        assertThat(api.post(meeting + "/agenda", daguanCadre, Api.json(Map.of("demandId", lift))).status()).isEqualTo(404);
        String daguanMeetings = "/api/v1/t/daguan/joint-meetings";
        String theirs = daguanMeetings + "/" + api.post(daguanMeetings, daguanCadre, schedule("大关协调会")).json().get("meeting").get("id").asText();
        assertThat(api.get(daguanMeetings, daguanCadre).body()).doesNotContain("黄龙内部协调会");
        assertThat(api.post(theirs + "/agenda", daguanCadre, Api.json(Map.of("demandId", lift))).status())
                .as("a need of another community is not found").isEqualTo(404);
        assertThat(api.get(theirs.replace("/daguan/", "/huanglong/"), cadre).status()).isEqualTo(404);
        assertThat(api.get(MEETINGS, null).status()).isEqualTo(401);
    }

    private static String schedule(String title) {
        return Api.json(Map.of("title", title, "heldAt", "2026-12-03T14:30", "place", "社区二楼会议室",
                "participants", List.of("王书记（社区党委）", "物业公司 李经理", "业委会 陈主任")));
    }

    /** A need raised by a resident and classified by staff as a micro-affair; its id. */
    private String affair(String text) {
        Api.Reply submitted = api.post("/api/v1/t/huanglong/demands", resident, Api.json(Map.of("values", Map.of("text", text, "place", "3-2"))));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String id = find(submitted.json().get("created").get(0).asText());
        api.post("/api/v1/t/huanglong/demands/" + id + "/classify", gridWorker, Api.json(Map.of("kind", "AFFAIR", "category", "FACILITIES")));
        return id;
    }

    private String find(String reference) {
        for (JsonNode need : api.get("/api/v1/t/huanglong/demands?limit=200", gridWorker).json().get("items")) {
            if (need.get("reference").asText().equals(reference)) {
                return need.get("id").asText();
            }
        }
        throw new AssertionError("need " + reference + " not in the inbox");
    }
}
