package org.weimin.ui.it;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** A community's home ({@code /t/{community}}): its sign-in for strangers, the person's home once signed in. */
final class CommunityHomePage {

    private final Browser browser;

    private CommunityHomePage(Browser browser) {
        this.browser = browser;
    }

    static CommunityHomePage open(Browser browser, Api api, String community) {
        browser.open(api.uri("/t/" + community).toString());
        return new CommunityHomePage(browser);
    }

    /** The community a person chose on the platform's first page. */
    static CommunityHomePage chosenOnTheFirstPage(Browser browser, Api api, String community) {
        browser.open(api.uri("/").toString());
        browser.waitFor(By.id("community-" + community)).click();
        return new CommunityHomePage(browser);
    }

    CommunityHomePage signIn(String username) {
        browser.signIn(username);
        return this;
    }

    CommunityHomePage signIn(String username, String password) {
        browser.signIn(username, password);
        return this;
    }

    /** Signs in with a wrong password and waits to be told so. */
    CommunityHomePage failToSignIn(String username, String wrongPassword) {
        browser.signIn(username, wrongPassword);
        browser.waitForText(By.tagName("vaadin-login-form-wrapper"), "用户名或密码不正确");
        return this;
    }

    CommunityHomePage retryPassword(String password) {
        browser.type(Browser.PASSWORD, password + Keys.ENTER);
        return this;
    }

    CommunityHomePage waitForName(String name) {
        browser.waitForText(By.id("community-name"), name);
        return this;
    }

    CommunityHomePage waitForGreeting(String text) {
        browser.waitForText(By.id("greeting"), text);
        return this;
    }

    /** Waits for the line that says how many of one's own needs have news. */
    CommunityHomePage waitForNews(String text) {
        browser.waitForText(By.id("news"), text);
        return this;
    }

    NeedsPage openNews() {
        browser.click(By.id("news"));
        return new NeedsPage(browser);
    }

    RaiseNeedPage raiseNeed() {
        browser.waitFor(By.id("link-raise")).click();
        return new RaiseNeedPage(browser);
    }

    NeedsPage needs() {
        browser.waitFor(By.id("link-demands")).click();
        return new NeedsPage(browser);
    }

    /** Waits for the count of what waits for staff, as the home shows it ("3 条待分类"). */
    CommunityHomePage waitForWhatWaits(String text) {
        browser.waitForText(By.id("waiting-for-you"), text);
        return this;
    }

    /** Opens one of the forms staff fill in for residents (door-to-door visit, self-help station, forum minutes). */
    RaiseNeedPage record(String channelId) {
        browser.click(By.id("record-" + channelId));
        return new RaiseNeedPage(browser);
    }

    MeetingsPage meetings() {
        browser.waitFor(By.id("link-meetings")).click();
        return new MeetingsPage(browser);
    }

    FeaturesPage features() {
        browser.waitFor(By.id("link-features")).click();
        return new FeaturesPage(browser);
    }

    /** Whether the page shows only the sign-in form: nothing of the community's grid. */
    boolean showsOnlyTheSignIn() {
        browser.waitFor(Browser.USERNAME);
        return !browser.isPresent(By.id("grid-table"));
    }
}
