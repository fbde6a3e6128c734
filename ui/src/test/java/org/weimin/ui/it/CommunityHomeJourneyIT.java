package org.weimin.ui.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A person on a phone finds their community, signs in and sees its home page; another community stays closed. */
class CommunityHomeJourneyIT extends PlatformApiTest {

    @Test
    void aGridWorkerSignsInOnAPhoneAndSeesTheirCommunity() {
        try (Browser browser = new Browser(412, 915)) {
            CommunityHomePage.chosenOnTheFirstPage(browser, api, "huanglong").failToSignIn("zhou.gw", "wrong-password")
                    .retryPassword("demo1234").waitForName("黄龙社区").waitForGreeting("周晓燕");
            assertThat(browser.pageText()).contains("网格员", "待我处理", "条待分类", "您负责的网格：第一网格（曙光苑）", "西溪街道");
            browser.look("community-home-phone");

            assertThat(CommunityHomePage.open(browser, api, "daguan").showsOnlyTheSignIn())
                    .as("another community shows only its sign-in").isTrue();
            assertThat(browser.pageText()).doesNotContain("东苑网格");

            new CommunityPages(browser, api).isNotFound("atlantis", "");
        }
    }

    @Test
    void everyPageOfAnotherCommunityStaysClosedToASignedInWorker() {
        try (Browser browser = new Browser(412, 915)) {
            CommunityHomePage.open(browser, api, "huanglong").signIn("zhou.gw").waitForName("黄龙社区");
            CommunityPages pages = new CommunityPages(browser, api);
            for (String page : List.of("/demands", "/demands/new", "/deadlines", "/features", "/organizations", "/meetings",
                    "/claims", "/volunteers", "/sessions")) {
                assertThat(pages.showsTheSignInInstead("daguan", page)).as("daguan%s opens nothing", page).isTrue();
                assertThat(browser.pageText()).as("daguan%s", page).doesNotContain("东苑网格");
                pages.isNotFound("atlantis", page);
            }
        }
    }

    @Test
    void thePlatformAdministratorSeesEveryCommunityInEnglish() {
        try (Browser browser = new Browser(1280, 900)) {
            AdminPages.signIn(browser, api, "admin").waitForCommunities("黄龙社区").switchTo("English", "Communities")
                    .waitForCommunities("Huanglong Community");
            assertThat(browser.pageText()).contains("Reload community configuration", "Daguan Community");
            browser.look("platform-administration");
        }
    }

    @Test
    void theAdministratorCreatesACommunityWithItsFirstCadreWhoThenSignsIn() {
        try (Browser desk = new Browser(1440, 900); Browser phone = new Browser(390, 844)) {
            AdminPages admin = AdminPages.signIn(desk, api, "admin").waitForCommunities("黄龙社区").startCreatingAndSendEmpty();
            desk.look("create-community-errors");
            assertThat(admin.formErrors()).as("every problem at once, in the reader's language")
                    .contains("有 7 处需要改一下", "请填写这一项", "社区编号用 2 到 40 个小写字母").doesNotContain("is required", "nameZh");
            String password = admin.create("cuiyuan", "翠苑社区", "翠苑街道", "cadre", "钱卫东");
            assertThat(password).hasSize(12);
            desk.look("create-community-password");
            admin.closePasswordDialog().waitForCommunities("翠苑社区");
            CommunityHomePage.open(desk, api, "huanglong").waitForName("黄龙社区");
            assertThat(desk.pageText()).as("the administrator is told what they see, not asked to sign in again")
                    .contains("平台管理员身份", "居民公开的需求").doesNotContain("第一网格");
            assertThat(desk.isPresent(Browser.USERNAME)).isFalse();
            desk.look("administrator-looks-at-community");

            // The home page signed in on comes back signed in; opening it again before then would cut the sign-in short.
            CommunityHomePage.open(phone, api, "cuiyuan").signIn("cadre", password).waitForGreeting("钱卫东").waitForWhatWaits("条待分类");
            assertThat(phone.pageText()).contains("社区干部", "杭州市 / 西湖区 / 翠苑街道", "功能与插件设置");
            phone.look("new-community-cadre-home-phone");
        }
    }
}
