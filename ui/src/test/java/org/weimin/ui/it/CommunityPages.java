package org.weimin.ui.it;

import org.openqa.selenium.By;

/** Any page inside a community ({@code /t/{community}/...}) opened by its address, as a bookmark or a link would. */
final class CommunityPages {

    private final Browser browser;
    private final Api api;

    CommunityPages(Browser browser, Api api) {
        this.browser = browser;
        this.api = api;
    }

    /** Opens the page; @return whether the sign-in form came instead, and nothing of the page */
    boolean showsTheSignInInstead(String community, String page) {
        browser.open(api.uri("/t/" + community + page).toString());
        browser.waitFor(Browser.USERNAME);
        return !browser.isPresent(By.id("back-to-community"));
    }

    /** Opens the page and waits for the platform's not-found page. */
    void isNotFound(String community, String page) {
        browser.open(api.uri("/t/" + community + page).toString());
        browser.waitForText(By.id("not-found"), "没有找到这个页面");
    }

    /** Opens the page and waits to be told the person's role cannot use it. */
    void isRefusedToTheRole(String community, String page) {
        browser.open(api.uri("/t/" + community + page).toString());
        browser.waitForText(By.tagName("body"), "您的角色不能使用这个页面");
    }
}
