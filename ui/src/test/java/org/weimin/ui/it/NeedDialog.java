package org.weimin.ui.it;

import org.openqa.selenium.By;

/** One need opened from the needs page: what, where, its timeline and what the person may do next. */
final class NeedDialog {

    private final Browser browser;

    NeedDialog(Browser browser) {
        this.browser = browser;
    }

    NeedDialog waitForPhoto() {
        browser.waitFor(By.cssSelector("#demand-photos img"));
        return this;
    }

    NeedDialog waitForPlace(String text) {
        browser.waitForText(By.id("demand-map"), text);
        return this;
    }

    NeedDialog waitForTimeline(String text) {
        browser.waitForText(By.id("timeline"), text);
        return this;
    }

    NeedDialog accept() {
        browser.click(By.id("demand-accept"));
        return this;
    }

    /** Puts the affair on the agenda of the scheduled meeting with this title. */
    NeedDialog referToMeeting(String meetingTitle) {
        browser.click(By.id("refer-meeting"));
        browser.waitFor(By.xpath("//vaadin-select-item[@role='option' and contains(., '" + meetingTitle + "')]")).click();
        browser.click(By.id("demand-to-meeting"));
        return this;
    }

    NeedDialog waitForMeetingNotice(String text) {
        browser.waitForText(By.id("demand-waits-for-meeting"), text);
        return this;
    }

    boolean offersToStart() {
        return browser.isPresent(By.id("demand-start"));
    }
}
