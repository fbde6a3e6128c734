package org.weimin.ui.it;

import java.nio.file.Path;

import org.openqa.selenium.By;

/** Raising a need ({@code /t/{community}/demands/new}), as a resident does on the phone. */
final class RaiseNeedPage {

    private final Browser browser;

    RaiseNeedPage(Browser browser) {
        this.browser = browser;
    }

    /** Sends the form as it is and waits for the words under the field that was not filled in. */
    RaiseNeedPage sendAndWaitForProblem(String field, String problem) {
        browser.waitFor(By.id("raise-send")).click();
        browser.waitForText(By.id("field-" + field), problem);
        return this;
    }

    RaiseNeedPage describe(String text) {
        browser.type(By.cssSelector("#field-text textarea"), text);
        return this;
    }

    /** Fills in a field of the channel's own form by its key. */
    RaiseNeedPage fill(String field, String value) {
        browser.type(By.cssSelector("#field-" + field + " input, #field-" + field + " textarea"), value);
        return this;
    }

    /** Types a date into a date field of the form and closes its calendar. */
    RaiseNeedPage fillDate(String field, String date) {
        browser.type(By.cssSelector("#field-" + field + " input"), date + org.openqa.selenium.Keys.ENTER);
        browser.waitForInvisible(By.tagName("vaadin-date-picker-overlay"));
        browser.press(org.openqa.selenium.Keys.TAB);
        return this;
    }

    RaiseNeedPage at(String place) {
        browser.type(By.cssSelector("#field-place input"), place);
        return this;
    }

    RaiseNeedPage attachPhoto(Path photo) {
        browser.upload(By.id("raise-photos"), photo);
        browser.waitFor(By.cssSelector("#raise-photos vaadin-upload-file[complete]"));
        browser.waitFor(By.cssSelector("#raise-thumbnails img"));
        return this;
    }

    /** Lets the phone share where it is and waits for the page to say it noted the point. */
    RaiseNeedPage shareLocation(double latitude, double longitude) {
        browser.locateAt(latitude, longitude);
        browser.click(By.id("raise-locate"));
        browser.waitForText(By.id("raise-point"), "已记下您的位置");
        browser.waitFor(By.id("raise-map"));
        return this;
    }

    /** Sends the need and lands on its own page. */
    NeedPage send() {
        browser.waitFor(By.id("raise-send")).click();
        return new NeedPage(browser);
    }

    RaiseNeedPage makePublic() {
        browser.click(By.id("raise-public"));
        return this;
    }
}
