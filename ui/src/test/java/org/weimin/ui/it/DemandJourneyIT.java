package org.weimin.ui.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * A need's whole life in real browsers: a resident raises it on a 390 px phone and follows it at its own address;
 * a neighbour finds it on the public board without signing in and supports it; a grid worker at a 1440 px desk
 * finds it by reference and handles it; the resident says it is not solved (and why), then confirms.
 */
class DemandJourneyIT extends PlatformApiTest {

    private static final int PHONE = 390;
    private static final int DESK = 1440;
    private static final String NEED = "8号楼1单元门口的台阶坏了一块，老人进出容易摔倒";
    private static final String SHOWN_AS = "台阶坏了一块";

    @Test
    void aNeedIsRaisedHandledReopenedWithAReasonConfirmedAndSupportedFromTheBoard() throws Exception {
        String origin = api.uri("/").toString().replaceAll("/$", "");
        try (Browser resident = new Browser(PHONE, 844, origin); Browser staff = new Browser(DESK, 900);
             Browser neighbour = new Browser(PHONE, 844)) {
            CommunityHomePage home = CommunityHomePage.open(resident, api, "huanglong").signIn("resident1").waitForGreeting("周雅琴");
            assertThat(resident.pageText()).as("who looks after their grid, and how to call").contains("网格员 吴志强", "0571-8765 2102");
            resident.look("resident-home-phone");
            NeedPage raised = home.raiseNeed().sendAndWaitForProblem("text", "请填写").describe(NEED).at("8-1")
                    .attachPhoto(Files.write(Files.createTempFile("step", ".png"), DemandLibraryIT.png()))
                    .shareLocation(30.27412, 120.15513).makePublic().send();
            raised.waitForStep("已受理").waitForPhoto().waitForMap();
            assertThat(raised.text()).isEqualTo(NEED);
            String reference = raised.reference();
            resident.look("resident-need-sent-phone");

            BoardPage board = BoardPage.open(neighbour, api, "huanglong").waitForNeed(SHOWN_AS);
            assertThat(board.cardOf(SHOWN_AS)).as("the building, not the room; no name").contains("8").doesNotContain("8-1", "周雅琴");
            neighbour.look("public-board-phone");
            board.open(SHOWN_AS);
            neighbour.signIn("resident2");
            NeedPage supported = new NeedPage(neighbour).support().waitForToast("已附议");
            neighbour.reload();
            assertThat(new NeedPage(neighbour).saysSupported()).as("says so plainly, and offers nothing to press twice").isTrue();
            assertThat(supported.offersSupport()).isFalse();
            neighbour.look("neighbour-supported-phone");

            NeedsPage inbox = CommunityHomePage.open(staff, api, "huanglong").signIn("zhou.gw").waitForWhatWaits("待分类").needs()
                    .search(reference.substring(0, 10)).waitForRow(SHOWN_AS);
            staff.waitForPathContaining("q=" + reference.substring(0, 10));
            staff.reload();
            assertThat(inbox.searchedFor()).as("the filter survives a reload").isEqualTo(reference.substring(0, 10));
            inbox.waitForRow(SHOWN_AS).search(SHOWN_AS)
                    .toggleMyGrids("只看我负责的网格（第一网格（曙光苑））").waitForNoRow(SHOWN_AS)
                    .toggleMyGrids("只看我负责的网格（第一网格（曙光苑））").waitForRow(SHOWN_AS)
                    .waitForBulkCount("勾选多条需求").tick(SHOWN_AS).waitForBulkCount("已选 1 条");
            staff.look("staff-inbox-desk");
            inbox.classifyTickedAsSuggested().waitForList("待受理");
            NeedPage handled = inbox.open(SHOWN_AS).waitForPhoto().waitForMap().accept().waitForToast("已受理");
            assertThat(handled.offers("close")).as("nothing to archive before the resident answered").isFalse();
            handled.transferTo("吴志强", "8号楼归吴志强负责").waitForToast("已转办").waitForTimeline("8号楼归吴志强负责");
            handled.writeInternalNote("联系物业老王带水泥").waitForToast("备注已记下").resolve("").waitForToast("请先写清楚");
            handled.resolve("已修补台阶，并刷了防滑漆").waitForToast("已办结").waitForStep("已确认");
            assertThat(handled.offers("close")).as("the resident has seven days to answer").isFalse();
            staff.look("staff-need-resolved-desk");

            NeedPage mine = CommunityHomePage.open(resident, api, "huanglong").waitForNews("条需求有新进展").openNews()
                    .waitForList("有新进展").open(SHOWN_AS).waitForStep("已确认").waitForNextStep("请您看看是不是真的解决了");
            assertThat(resident.pageText()).as("staff by role and name, internal notes hidden")
                    .contains("网格员 周晓燕", "已修补台阶").doesNotContain("zhou.gw", "老王");
            assertThat(mine.offersSupport()).as("nobody supports their own need").isFalse();
            resident.look("resident-need-resolved-phone");
            mine.reopenSaying("台阶边上还是松的").waitForToast("社区会重新办理").waitForStep("办理中")
                    .waitForTimeline("台阶边上还是松的");
            assertThat(mine.showsResolution()).as("the old result is history now, on the timeline").isFalse();
            resident.look("resident-need-reopened-phone");

            NeedPage again = new NeedPage(staffReopens(staff, reference));
            again.resolve("重新浇筑了台阶边沿").waitForToast("已办结");
            NeedPage.openByAddress(resident, api, "huanglong", reference);
            new NeedPage(resident).confirm().waitForToast("谢谢您的确认").waitForAllStepsDone();
            resident.look("resident-need-confirmed-phone");

        }
    }

    @Test
    void aGridWorkerOnAPhoneGetsCardsAndAStrangerGetsTheSignInForADeepLink() {
        String resident = api.signIn("huanglong", "resident3", "demo1234");
        String reference = api.post("/api/v1/t/huanglong/demands", resident,
                Api.json(java.util.Map.of("values", java.util.Map.of("text", "5号楼前的路灯不亮了，晚上看不清路", "place", "5-1")))).json()
                .get("created").get(0).asText();
        try (Browser phone = new Browser(PHONE, 844)) {
            NeedPage.openByAddress(phone, api, "huanglong", reference);
            phone.waitFor(Browser.USERNAME);
            phone.signIn("zhou.gw");
            NeedPage need = new NeedPage(phone).waitForStep("已受理");
            assertThat(phone.currentPath()).as("the deep link survives the sign-in").endsWith("/demands/" + reference);
            assertThat(need.text()).contains("路灯不亮");
            phone.look("staff-need-phone");
            NeedsPage cards = NeedsPage.openByAddress(phone, api, "huanglong", "?q=" + reference);
            assertThat(cards.showsCards()).isTrue();
            cards.waitForList(reference).waitForList("路灯不亮");
            phone.look("staff-inbox-phone");
        }
    }

    @Test
    void aGridWorkerLogsADoorToDoorVisitFromTheirHome() {
        try (Browser desk = new Browser(DESK, 900)) {
            NeedPage found = CommunityHomePage.open(desk, api, "huanglong").signIn("zhou.gw").waitForWhatWaits("待分类")
                    .record("intake.door-visit").fill("household", "8-1-1102").fillDate("visitDate", "2026/11/30")
                    .fill("needs", "老人想要一个助浴服务").send();
            assertThat(found.text()).isEqualTo("老人想要一个助浴服务");
            assertThat(desk.pageText()).as("the form named for what it is, the household kept").contains("8-1-1102");
            desk.look("door-visit-recorded-desk");
        }
    }

    @Test
    void aResidentRaisesANeedWithTheKeyboardAloneAndEveryControlIsFingerSized() {
        try (Browser phone = new Browser(PHONE, 844)) {
            CommunityHomePage.open(phone, api, "huanglong").signIn("resident4").waitForGreeting("姜静");
            assertThat(phone.smallTouchTargets()).as("the resident's home").isEmpty();
            phone.tabTo("link-raise", 30);
            phone.press(Keys.ENTER);
            phone.waitFor(By.id("raise-send"));
            assertThat(phone.smallTouchTargets()).as("the form").isEmpty();
            phone.tabTo("field-text", 30);
            phone.press("12号楼的楼道灯坏了，晚上很黑");
            phone.tabTo("raise-send", 40);
            phone.press(Keys.ENTER);
            NeedPage need = new NeedPage(phone).waitForStep("已受理");
            assertThat(need.text()).isEqualTo("12号楼的楼道灯坏了，晚上很黑");
            assertThat(phone.smallTouchTargets()).as("the need's page").isEmpty();
            phone.look("keyboard-raised-phone");
        }
    }

    /** The grid worker finds the reopened need in the inbox filtered by status, as a link would keep it. */
    private Browser staffReopens(Browser staff, String reference) {
        NeedsPage.openByAddress(staff, api, "huanglong", "?status=REOPENED").waitForRow(reference).open(reference)
                .waitForTimeline("台阶边上还是松的");
        return staff;
    }
}
