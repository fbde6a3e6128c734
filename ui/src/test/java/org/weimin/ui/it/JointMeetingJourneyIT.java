package org.weimin.ui.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * A major affair goes before a joint meeting: a cadre schedules it, a grid worker puts the affair on its
 * agenda, the cadre records the decision, and the resident reads it on the phone.
 */
class JointMeetingJourneyIT extends PlatformApiTest {

    private static final String NEED = "12号楼想加装电梯，楼里老人多，需要业主、物业和街道一起商量";
    private static final String SHOWN_AS = "12号楼想加装电梯";
    private static final String MEETING = "12号楼加装电梯协调会";

    @Test
    void aCadreConvenesTheMeetingAndTheResidentReadsItsDecision() {
        String resident = api.signIn("huanglong", "resident1", "demo1234");
        String gridWorker = api.signIn("huanglong", "zhou.gw", "demo1234");
        String reference = api.post("/api/v1/t/huanglong/demands", resident, Api.json(Map.of("values", Map.of("text", NEED, "place", "3-2"))))
                .json().get("created").get(0).asText();
        String id = null;
        for (var need : api.get("/api/v1/t/huanglong/demands?q=" + SHOWN_AS, gridWorker).json().get("items")) {
            if (need.get("reference").asText().equals(reference)) {
                id = need.get("id").asText();
            }
        }
        api.post("/api/v1/t/huanglong/demands/" + id + "/classify", gridWorker, Api.json(Map.of("kind", "AFFAIR", "category", "FACILITIES")));

        try (Browser cadre = new Browser(1280, 1000); Browser staff = new Browser(1280, 1000); Browser phone = new Browser(412, 915)) {
            MeetingsPage meetings = CommunityHomePage.open(cadre, api, "huanglong").signIn("cadre").meetings()
                    .startScheduling(MEETING, "社区二楼会议室").saveAndWaitForParticipantsProblem("至少写两方")
                    .participants("王书记（社区党委）\n物业公司 李经理\n业委会 陈主任");
            cadre.look("meeting-schedule");
            meetings.save();

            NeedPage need = CommunityHomePage.open(staff, api, "huanglong").signIn("zhou.gw").needs().search(SHOWN_AS)
                    .open(SHOWN_AS).referToMeeting(MEETING).waitForTimeline("提交联席会议").waitForMeetingNotice("等待联席会议");
            assertThat(need.offers("start")).as("the meeting moves it on").isFalse();
            staff.look("need-at-joint-meeting");

            MeetingsPage decided = MeetingsPage.open(cadre, api, "huanglong").open(MEETING)
                    .recordDecision(reference, "同意启动加装电梯，楼长牵头征集业主意见", "物业公司 李经理", "2027/3/31");
            cadre.look("meeting-decision");
            decided.saveDecision(reference).waitForAgendaItem(reference, "限 2027-03-31 前完成");
            assertThat(cadre.pageText()).contains("已全部决定", "物业公司 李经理", "2027-03-31");

            CommunityHomePage.open(phone, api, "huanglong").signIn("resident1").needs().open(SHOWN_AS)
                    .waitForTimeline("联席会议决定");
            assertThat(phone.pageText()).contains("办理中", "同意启动加装电梯", "社区干部");
            phone.look("resident-reads-meeting-decision-phone");
            new CommunityPages(phone, api).isRefusedToTheRole("huanglong", "/meetings");
            assertThat(new MeetingsPage(phone).showsMeetings()).as("meetings are the staff's working papers").isFalse();
        }
    }
}
