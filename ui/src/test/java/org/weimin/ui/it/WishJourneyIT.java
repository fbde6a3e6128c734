package org.weimin.ui.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A resident's wish goes on the wall from the need's page; a volunteer claims and fulfils it on a phone with a
 * photo; the resident confirms and shares the story; the hours are on the volunteer's record, the story on the wall.
 */
class WishJourneyIT extends PlatformApiTest {

    private static final int PHONE = 390;
    private static final int DESK = 1440;
    private static final String BASE = "/api/v1/t/huanglong";

    @Test
    void aWishIsPublishedClaimedOnAPhoneFulfilledWithAPhotoConfirmedAndItsStoryShown() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 4);
        String wish = "想请人帮忙把阳台上的旧花盆搬下楼 " + tag;
        String onTheWall = "老人想请人帮忙把阳台上的旧花盆搬下楼 " + tag;
        String reference = wishNeed(wish + "，我家在8-1-1102");
        String volunteer = verifiedVolunteer("resident2");
        int before = api.get(BASE + "/volunteers/me", volunteer).json().get("volunteer").get("minutes").asInt();
        String origin = api.uri("/").toString().replaceAll("/$", "");
        try (Browser staff = new Browser(DESK, 900, origin); Browser helper = new Browser(PHONE, 844); Browser resident = new Browser(PHONE, 844);
             Browser stranger = new Browser(PHONE, 844)) {
            NeedPage.openByAddress(staff, api, "huanglong", reference);
            staff.signIn("zhou.gw");
            staff.waitFor(By.id("wish-publish-form"));
            staff.retype(By.cssSelector("#wish-publish-text textarea"), onTheWall);
            staff.type(By.cssSelector("#wish-publish-shown-as input"), "周阿姨");
            staff.look("staff-publishes-wish-desk");
            staff.click(By.id("wish-publish"));
            WishPages.Wish published = new WishPages.Wish(staff).waitForToast("已发布").waitForStatus("等待认领");
            String address = staff.currentPath();
            staff.look("staff-wish-page-desk");
            staff.open(origin + "/t/huanglong/volunteers");
            staff.waitFor(By.id("volunteer-teams"));
            assertThat(staff.pageText()).as("the registry names who signed up").contains("谢桂英");
            staff.look("staff-volunteers-desk");

            WishPages.Wall wall = WishPages.Wall.open(helper, api, "huanglong").waitForWish(onTheWall);
            assertThat(wall.cardOf(onTheWall)).as("a first name and the grid; no door number").contains("周阿姨", "第三网格")
                    .doesNotContain("8-1-1102", "周雅琴");
            helper.look("wish-wall-phone");
            WishPages.Wish claimed = wall.open(onTheWall).signIn("resident2").claim().waitForToast("认领成功")
                    .waitForStatus("已认领").waitForClaims("志愿互助");
            helper.look("volunteer-claimed-phone");
            claimed.saysContacted().waitForToast("已记录")
                    .attachPhoto(Files.write(Files.createTempFile("pots", ".png"), DemandLibraryIT.png()))
                    .reportDone("", 40).waitForToast("请写下做了什么")
                    .reportDone("已把三个旧花盆搬到楼下回收点", 40).waitForToast("已上报").waitForStatus("待居民确认");
            helper.look("volunteer-reported-phone");

            resident.open(origin + address);
            WishPages.Wish mine = new WishPages.Wish(resident).signIn("resident1").waitForPhoto().waitForClaims("已把三个旧花盆搬到楼下回收点");
            assertThat(mine.offersClaim()).as("nobody claims their own wish").isFalse();
            resident.look("resident-wish-fulfilled-phone");
            mine.confirm().waitForToast("谢谢您的确认").waitForStatus("已实现")
                    .thank("谢谢小谢！", "小谢下班后上楼帮我把花盆都搬走了，阳台宽敞多了。 " + tag).waitForToast("谢谢您的反馈");
            resident.look("resident-wish-thanked-phone");

            WishPages.Record record = WishPages.Record.open(helper, api, "huanglong");
            assertThat(api.get(BASE + "/volunteers/me", volunteer).json().get("volunteer").get("minutes").asInt()).isEqualTo(before + 40);
            assertThat(record.lines()).contains(onTheWall, "40分钟");
            helper.look("volunteer-record-phone");

            String line = null;
            for (JsonNode credit : api.get(BASE + "/volunteers/me", volunteer).json().get("lines")) {
                if (onTheWall.equals(credit.get("wishText").asText())) {
                    line = credit.get("id").asText();
                }
            }
            WishPages.Registry.open(staff, api, "huanglong").correct("谢桂英", line, 55, "居民说实际花了将近一个小时")
                    .waitForToast("已更正");
            staff.look("staff-corrects-hours-desk");
            assertThat(WishPages.Record.open(helper, api, "huanglong").lines()).contains("更正", "居民说实际花了将近一个小时", "55分钟");
            assertThat(api.get(BASE + "/volunteers/me", volunteer).json().get("volunteer").get("minutes").asInt()).isEqualTo(before + 55);

            WishPages.Wall afterwards = WishPages.Wall.open(stranger, api, "huanglong").waitForStory("阳台宽敞多了。 " + tag);
            assertThat(afterwards.leaderboard()).contains("谢**");
            assertThat(stranger.pageText()).as("the volunteer's name is masked on the public wall").doesNotContain("谢桂英");
            stranger.look("wish-wall-story-phone");
            CommunityPages pages = new CommunityPages(stranger, api);
            pages.isNotFound("daguan", address.substring(address.indexOf("/wishes/")));
            pages.isNotFound("huanglong", "/wishes/not-a-wish");
            pages.isNotFound("atlantis", "/wishes");
        }
    }

    /** A resident's need, classified by staff as a micro-wish; its reference. */
    private String wishNeed(String text) {
        String resident = api.signIn("huanglong", "resident1", "demo1234");
        String gridWorker = api.signIn("huanglong", "zhou.gw", "demo1234");
        Api.Reply submitted = api.post(BASE + "/demands", resident, Api.json(Map.of("values", Map.of("text", text))));
        String reference = submitted.json().get("created").get(0).asText();
        String id = api.get(BASE + "/demands?q=" + reference, gridWorker).json().get("items").get(0).get("id").asText();
        assertThat(api.post(BASE + "/demands/" + id + "/classify", gridWorker, Api.json(Map.of("kind", "WISH", "category", "ELDERLY"))).status())
                .isEqualTo(200);
        return reference;
    }

    private String verifiedVolunteer(String username) {
        String token = api.signIn("huanglong", username, "demo1234");
        api.post(BASE + "/volunteers/sign-up", token, Api.json(Map.of("phone", "13900001111", "skills", List.of("跑腿"), "grids", List.of("G03"))));
        JsonNode me = api.get(BASE + "/volunteers/me", token).json().get("volunteer");
        if (me.get("status").asText().equals("PENDING")) {
            api.post(BASE + "/volunteers/" + me.get("id").asText() + "/verification", api.signIn("huanglong", "zhou.gw", "demo1234"), "");
        }
        return token;
    }
}
