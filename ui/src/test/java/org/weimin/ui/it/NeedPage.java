package org.weimin.ui.it;

import org.openqa.selenium.By;

/** One need at its own address ({@code /t/{community}/demands/{reference}}): what, where, its steps, and what to do next. */
final class NeedPage {

    private final Browser browser;

    NeedPage(Browser browser) {
        this.browser = browser;
        browser.waitFor(By.id("need-text"));
    }

    /** Opens the need by its address, as a bookmark or a shared link would (the sign-in may come first). */
    static void openByAddress(Browser browser, Api api, String community, String reference) {
        browser.open(api.uri("/t/" + community + "/demands/" + reference).toString());
    }

    String text() {
        return browser.waitFor(By.id("need-text")).getText();
    }

    String reference() {
        String path = browser.currentPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** Waits until the progress bar marks this step as the one the need waits at. */
    NeedPage waitForStep(String step) {
        browser.waitForText(By.cssSelector("#need-progress li[aria-current='step']"), step);
        return this;
    }

    /** Waits until every step of the progress bar is ticked: the resident confirmed. */
    NeedPage waitForAllStepsDone() {
        browser.waitFor(By.cssSelector("#need-progress li:last-child.done"));
        return this;
    }

    NeedPage waitForPhoto() {
        browser.waitFor(By.cssSelector("#demand-photos img"));
        return this;
    }

    /** Waits for the link to the map of the point the resident shared. */
    NeedPage waitForMap() {
        browser.waitFor(By.id("demand-map"));
        return this;
    }

    NeedPage waitForTimeline(String text) {
        browser.waitForText(By.id("timeline"), text);
        return this;
    }

    NeedPage waitForNextStep(String text) {
        browser.waitForText(By.id("need-actions"), text);
        return this;
    }

    /** Waits for the short message that confirms a step (or says why it could not be taken). */
    NeedPage waitForToast(String text) {
        browser.waitFor(By.xpath("//vaadin-notification-card[contains(., '" + text + "')]"));
        return this;
    }

    NeedPage accept() {
        browser.click(By.id("demand-accept"));
        return waitForTimeline("受理");
    }

    /** Hands the need to the colleague with this name (转办), saying why. */
    NeedPage transferTo(String colleague, String why) {
        browser.click(By.cssSelector("#need-transfer vaadin-details-summary"));
        browser.click(By.id("transfer-assignee"));
        browser.waitFor(By.xpath("//vaadin-select-item[@role='option' and contains(., '" + colleague + "')]")).click();
        browser.type(By.cssSelector("#transfer-reason textarea"), why);
        browser.click(By.id("demand-transfer"));
        return this;
    }

    NeedPage resolve(String how) {
        browser.type(By.cssSelector("#resolve-text textarea"), how);
        browser.click(By.id("demand-resolve"));
        return this;
    }

    NeedPage writeInternalNote(String note) {
        browser.type(By.cssSelector("#note-text textarea"), note);
        browser.click(By.id("demand-add-note"));
        return this;
    }

    NeedPage confirm() {
        browser.click(By.id("demand-confirm"));
        return this;
    }

    /** Says it is not solved: first without a reason (the page asks for one), then with it. */
    NeedPage reopenSaying(String why) {
        browser.click(By.id("demand-reopen"));
        browser.click(By.id("reopen-send"));
        browser.waitForText(By.id("reopen-why"), "请写一下还有什么问题");
        browser.type(By.cssSelector("#reopen-why textarea"), why);
        browser.click(By.id("reopen-send"));
        browser.waitForInvisible(By.id("reopen-why"));
        return this;
    }

    NeedPage support() {
        browser.click(By.id("demand-support"));
        browser.waitFor(By.id("need-supported"));
        return this;
    }

    /** Whether the page shows a resolution as the need's answer (not once the resident reopened it). */
    boolean showsResolution() {
        return browser.isPresent(By.id("need-resolution"));
    }

    boolean offersSupport() {
        return browser.isPresent(By.id("demand-support"));
    }

    boolean saysSupported() {
        return browser.isPresent(By.id("need-supported"));
    }

    boolean offers(String action) {
        return browser.isPresent(By.id("demand-" + action));
    }

    /** Puts the affair on the agenda of the scheduled meeting with this title. */
    NeedPage referToMeeting(String meetingTitle) {
        browser.click(By.id("refer-meeting"));
        browser.waitFor(By.xpath("//vaadin-select-item[@role='option' and contains(., '" + meetingTitle + "')]")).click();
        browser.click(By.id("demand-to-meeting"));
        return this;
    }

    NeedPage waitForMeetingNotice(String text) {
        browser.waitForText(By.id("demand-waits-for-meeting"), text);
        return this;
    }
}
