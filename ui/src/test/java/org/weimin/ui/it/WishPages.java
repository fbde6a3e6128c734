package org.weimin.ui.it;

import java.nio.file.Path;

import org.openqa.selenium.By;

/** The wish wall, one wish's page, and the volunteer's record, as a volunteer, a resident and staff use them. */
final class WishPages {

    private WishPages() {
    }

    /** The community's wish wall ({@code /t/{community}/wishes}). */
    static final class Wall {

        private final Browser browser;

        Wall(Browser browser) {
            this.browser = browser;
            browser.waitFor(By.id("wish-cards"));
        }

        static Wall open(Browser browser, Api api, String community) {
            browser.open(api.uri("/t/" + community + "/wishes").toString());
            return new Wall(browser);
        }

        Wall waitForWish(String text) {
            browser.waitForText(By.id("wish-cards"), text);
            return this;
        }

        String cardOf(String text) {
            return browser.waitFor(By.xpath("//a[contains(@class,'need-card') and contains(., '" + text + "')]")).getText();
        }

        Wish open(String text) {
            browser.click(By.xpath("//a[contains(@class,'need-card') and contains(., '" + text + "')]"));
            return new Wish(browser);
        }

        Wall waitForStory(String words) {
            browser.waitForText(By.id("wish-stories"), words);
            return this;
        }

        String leaderboard() {
            return browser.waitFor(By.id("wish-leaderboard")).getText();
        }
    }

    /** One wish at its own address. */
    static final class Wish {

        private final Browser browser;

        Wish(Browser browser) {
            this.browser = browser;
            browser.waitFor(By.id("wish-text"));
        }

        /** Signs in from the wish's page, which brings the person back to it. */
        Wish signIn(String username) {
            browser.click(By.id("wish-sign-in"));
            browser.signIn(username);
            return new Wish(browser);
        }

        Wish claim() {
            browser.click(By.id("wish-claim"));
            return this;
        }

        Wish saysContacted() {
            browser.click(By.id("wish-contacted"));
            return this;
        }

        Wish attachPhoto(Path photo) {
            browser.upload(By.id("wish-fulfil-photos"), photo);
            browser.waitFor(By.cssSelector("#wish-fulfil-photos vaadin-upload-file[complete]"));
            return this;
        }

        Wish reportDone(String what, int minutes) {
            browser.type(By.cssSelector("#wish-fulfil-note textarea"), what);
            browser.retype(By.cssSelector("#wish-fulfil-minutes input"), String.valueOf(minutes));
            browser.click(By.id("wish-fulfil"));
            return this;
        }

        Wish confirm() {
            browser.click(By.id("wish-confirm"));
            return this;
        }

        Wish thank(String thanks, String story) {
            browser.type(By.cssSelector("#wish-thanks textarea"), thanks);
            browser.type(By.cssSelector("#wish-story-text textarea"), story);
            browser.click(By.cssSelector("#wish-story-consent label"));
            browser.click(By.id("wish-thank"));
            return this;
        }

        Wish waitForStatus(String words) {
            browser.waitForText(By.cssSelector(".need-summary"), words);
            return this;
        }

        Wish waitForClaims(String text) {
            browser.waitForText(By.id("wish-claims"), text);
            return this;
        }

        Wish waitForPhoto() {
            browser.waitFor(By.cssSelector("#wish-photos img"));
            return this;
        }

        Wish waitForToast(String text) {
            browser.waitFor(By.xpath("//vaadin-notification-card[contains(., '" + text + "')]"));
            return this;
        }

        boolean offersClaim() {
            return browser.isPresent(By.id("wish-claim"));
        }
    }

    /** The volunteer's own record ({@code /t/{community}/volunteers}). */
    static final class Record {

        private final Browser browser;

        Record(Browser browser) {
            this.browser = browser;
            browser.waitFor(By.id("volunteer-record"));
        }

        static Record open(Browser browser, Api api, String community) {
            browser.open(api.uri("/t/" + community + "/volunteers").toString());
            return new Record(browser);
        }

        String total() {
            return browser.waitFor(By.id("volunteer-total")).getText();
        }

        String lines() {
            return browser.waitFor(By.id("volunteer-lines")).getText();
        }
    }

    /** The staff's volunteer registry ({@code /t/{community}/volunteers}). */
    static final class Registry {

        private final Browser browser;

        Registry(Browser browser) {
            this.browser = browser;
            browser.waitFor(By.id("volunteer-registry"));
        }

        static Registry open(Browser browser, Api api, String community) {
            browser.open(api.uri("/t/" + community + "/volunteers").toString());
            return new Registry(browser);
        }

        /** Opens a volunteer's hours and corrects one line to the right minutes, saying why. */
        Registry correct(String volunteer, String lineId, int minutes, String why) {
            browser.click(By.cssSelector("[data-hours='" + volunteer + "'] > vaadin-details-summary"));
            String line = "[data-line='" + lineId + "']";
            browser.click(By.cssSelector(line + " > vaadin-details-summary"));
            browser.retype(By.cssSelector(line + " vaadin-integer-field input"), String.valueOf(minutes));
            browser.type(By.cssSelector(line + " vaadin-text-field input"), why);
            browser.click(By.cssSelector("[data-correct='" + lineId + "']"));
            return this;
        }

        Registry waitForToast(String text) {
            browser.waitFor(By.xpath("//vaadin-notification-card[contains(., '" + text + "')]"));
            return this;
        }
    }
}
