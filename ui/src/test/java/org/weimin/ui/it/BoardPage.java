package org.weimin.ui.it;

import org.openqa.selenium.By;

/** A community's public board ({@code /t/{community}/board}), which anyone may read without signing in. */
final class BoardPage {

    private final Browser browser;

    private BoardPage(Browser browser) {
        this.browser = browser;
    }

    static BoardPage open(Browser browser, Api api, String community) {
        browser.open(api.uri("/t/" + community + "/board").toString());
        browser.waitFor(By.id("need-cards"));
        return new BoardPage(browser);
    }

    BoardPage waitForNeed(String text) {
        browser.waitFor(card(text));
        return this;
    }

    String cardOf(String text) {
        return browser.waitFor(card(text)).getText();
    }

    /** Opens the need; someone not signed in gets the sign-in first. */
    void open(String text) {
        browser.click(card(text));
    }

    private static By card(String text) {
        return By.xpath("//a[contains(@class, 'need-card')][contains(., '" + text + "')]");
    }
}
