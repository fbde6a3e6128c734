package org.weimin.ui.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;

/** A resident raises a need on the phone; a grid worker triages and accepts it; the resident sees the progress. */
class DemandJourneyIT extends PlatformApiTest {

    private static final String NEED = "8号楼1单元门口的台阶坏了一块，老人进出容易摔倒";
    private static final String SHOWN_AS = "台阶坏了一块";

    @Test
    void aNeedRaisedOnAPhoneIsAcceptedAndTheResidentSeesIt() throws Exception {
        String origin = api.uri("/").toString().replaceAll("/$", "");
        try (Browser resident = new Browser(412, 915, origin); Browser staff = new Browser(1280, 1000)) {
            RaiseNeedPage raise = CommunityHomePage.open(resident, api, "huanglong").signIn("resident1").raiseNeed()
                    .sendAndWaitForProblem("text", "请填写")
                    .describe(NEED).at("8-1")
                    .attachPhoto(Files.write(Files.createTempFile("step", ".png"), DemandLibraryIT.png()))
                    .shareLocation(30.27412, 120.15513);
            resident.screenshot("raise-need-phone");
            raise.send().waitForList("待分类");
            assertThat(resident.pageText()).contains("我的需求");

            NeedsPage inbox = CommunityHomePage.open(staff, api, "huanglong").signIn("zhou.gw").needs()
                    .search(SHOWN_AS).waitForRow(SHOWN_AS)
                    .toggleMyGrids("只看我负责的网格（G01）").waitForNoRow(SHOWN_AS)
                    .toggleMyGrids("只看我负责的网格（G01）").waitForRow(SHOWN_AS)
                    .waitForBulkCount("勾选多条需求").tick(SHOWN_AS).waitForBulkCount("已选 1 条");
            staff.screenshot("staff-inbox-bulk");
            inbox.classifyTickedAsSuggested().waitForList("待受理");
            inbox.open(SHOWN_AS).waitForPhoto().waitForPlace("30.27412, 120.15513").accept().waitForTimeline("受理");
            staff.screenshot("staff-triage");

            CommunityHomePage home = CommunityHomePage.open(resident, api, "huanglong").waitForNews("条需求有新进展");
            resident.screenshot("resident-home-news-phone");
            NeedsPage mine = home.openNews().waitForList("已受理").waitForList("有新进展");
            resident.screenshot("resident-needs-news-phone");
            mine.open(SHOWN_AS).waitForTimeline("受理");
            assertThat(resident.pageText()).as("staff by role and name").contains("分类", "网格员 周晓燕").doesNotContain("zhou.gw");
            resident.screenshot("resident-timeline-phone");
        }
    }
}
