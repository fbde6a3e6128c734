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
            for (String page : List.of("/demands", "/demands/new", "/deadlines", "/features", "/organizations", "/meetings")) {
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
}
