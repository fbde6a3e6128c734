package org.weimin.ui.it;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** Joint meetings ({@code /t/{community}/meetings}): scheduling one, and recording its decisions. */
final class MeetingsPage {

    private final Browser browser;

    MeetingsPage(Browser browser) {
        this.browser = browser;
    }

    static MeetingsPage open(Browser browser, Api api, String community) {
        browser.open(api.uri("/t/" + community + "/meetings").toString());
        return new MeetingsPage(browser);
    }

    MeetingsPage startScheduling(String title, String place) {
        browser.waitFor(By.id("schedule-meeting")).click();
        browser.type(By.cssSelector("#meeting-title input"), title);
        browser.type(By.cssSelector("#meeting-place input"), place);
        return this;
    }

    /** Saves the meeting being scheduled and waits for the words under participants. */
    MeetingsPage saveAndWaitForParticipantsProblem(String problem) {
        browser.waitFor(By.id("save-meeting")).click();
        browser.waitForText(By.id("meeting-participants"), problem);
        return this;
    }

    MeetingsPage participants(String oneALine) {
        browser.type(By.cssSelector("#meeting-participants textarea"), oneALine);
        return this;
    }

    /** Saves the meeting; it opens with its (empty) agenda. */
    MeetingsPage save() {
        browser.waitFor(By.id("save-meeting")).click();
        browser.waitForText(By.id("agenda-empty"), "还没有议题");
        return this;
    }

    MeetingsPage open(String title) {
        browser.waitFor(By.xpath("//vaadin-grid-cell-content[contains(., '" + title + "')]")).click();
        return this;
    }

    /** Records the decision on one affair of the open meeting: first empty, to see what is asked, then filled in. */
    MeetingsPage recordDecision(String reference, String decision, String assignee, String dueDate) {
        browser.waitFor(By.id("record-" + reference)).click();
        browser.waitForText(By.id("decision-" + reference), "写明会议的决定");
        browser.type(By.cssSelector("#decision-" + reference + " textarea"), decision);
        browser.type(By.cssSelector("#assignee-" + reference + " input"), assignee);
        browser.type(By.cssSelector("#due-" + reference + " input"), dueDate + Keys.ENTER);
        return this;
    }

    MeetingsPage saveDecision(String reference) {
        browser.waitFor(By.id("record-" + reference)).click();
        return this;
    }

    MeetingsPage waitForAgendaItem(String reference, String text) {
        browser.waitForText(By.id("agenda-" + reference), text);
        return this;
    }

    boolean showsMeetings() {
        return browser.isPresent(By.id("meetings"));
    }
}
