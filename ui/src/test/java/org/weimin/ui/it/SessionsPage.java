package org.weimin.ui.it;

import org.openqa.selenium.By;

/** The handling sessions ({@code /t/{community}/sessions}): the cadence, and each session's agenda with its decisions. */
final class SessionsPage {

    private final Browser browser;

    SessionsPage(Browser browser) {
        this.browser = browser;
        browser.waitFor(By.id("session-cadence"));
    }

    static SessionsPage open(Browser browser, Api api, String community) {
        browser.open(api.uri("/t/" + community + "/sessions").toString());
        return new SessionsPage(browser);
    }

    String cadence() {
        return browser.waitFor(By.id("session-cadence-words")).getText();
    }

    /** Sets the sessions to every so many weeks from the day given as a person types it (2026/12/08), at the place. */
    SessionsPage holdEvery(int weeks, String firstOn, String place) {
        browser.click(By.cssSelector("#session-cadence vaadin-details-summary"));
        browser.retype(By.cssSelector("#cadence-first-on input"), firstOn + org.openqa.selenium.Keys.ENTER);
        browser.waitForInvisible(By.tagName("vaadin-date-picker-overlay"));
        browser.press(org.openqa.selenium.Keys.TAB);
        browser.retype(By.cssSelector("#cadence-every-weeks input"), String.valueOf(weeks));
        browser.retype(By.cssSelector("#cadence-place input"), place);
        browser.click(By.id("cadence-save"));
        return this;
    }

    SessionsPage waitForAgenda(String reference) {
        browser.waitFor(By.cssSelector("[data-reference='" + reference + "']"));
        return this;
    }

    /** Records that the session handled the affair, in these words. */
    SessionsPage handled(String reference, String how) {
        browser.click(By.cssSelector("#decision-" + reference + " vaadin-details-summary"));
        browser.type(By.cssSelector("#note-" + reference + " textarea"), how);
        browser.click(By.id("decide-" + reference));
        return this;
    }

    SessionsPage waitForDecision(String reference, String words) {
        browser.waitForText(By.cssSelector("[data-reference='" + reference + "'] .session-decided"), words);
        return this;
    }

    SessionsPage waitForToast(String text) {
        browser.waitFor(By.xpath("//vaadin-notification-card[contains(., '" + text + "')]"));
        return this;
    }
}
