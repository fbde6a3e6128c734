package org.weimin.ui.it;

import org.openqa.selenium.By;

/** The evaluation pages residents use: the board's invitation to a round that is collecting, and the ballot. */
final class EvaluationPages {

    private EvaluationPages() {
    }

    /** {@code /t/{community}/evaluation/rounds}: the staff's rounds; the cadre opens, prints slips and closes. */
    static final class Rounds {

        private final Browser browser;

        Rounds(Browser browser) {
            this.browser = browser;
            browser.waitFor(By.id("back-to-community"));
        }

        /** Signs the person in on the community's page, which brings them to the rounds. */
        static Rounds signIn(Browser browser, Api api, String community, String username) {
            browser.open(api.uri("/t/" + community + "?next=evaluation/rounds").toString());
            browser.signIn(username);
            browser.waitFor(By.id("round-opening"));
            return new Rounds(browser);
        }

        Rounds reload() {
            browser.reload();
            return new Rounds(browser);
        }

        /** Opens a round with the community's methods at equal weights, for this quarter; returns its id. */
        String open(String title) {
            browser.click(By.cssSelector("#round-opening > vaadin-details-summary"));
            browser.retype(By.cssSelector("#round-title input"), title);
            browser.click(By.id("round-open"));
            return browser.waitFor(card(title)).getAttribute("data-round");
        }

        String summary(String title) {
            return browser.waitFor(card(title)).getText();
        }

        /** The voting codes as CSV, one row per household that has not voted (printing them issues new codes). */
        String slipCodes(String title) {
            return browser.download(By.xpath(cardPath(title) + "//a[contains(@class,'round-slips-csv')]"));
        }

        void close(String title) {
            browser.click(By.xpath(cardPath(title) + "//vaadin-button[contains(@class,'round-close')]"));
            browser.click(By.cssSelector("vaadin-button[slot='confirm-button']"));
        }

        private static By card(String title) {
            return By.xpath(cardPath(title));
        }

        private static String cardPath(String title) {
            return "//div[contains(@class,'round-card')][.//h2[contains(., '" + title + "')]]";
        }
    }

    /** {@code /t/{community}/evaluation}, read without signing in. */
    static final class Board {

        private final Browser browser;

        private Board(Browser browser) {
            this.browser = browser;
        }

        static Board open(Browser browser, Api api, String community) {
            browser.open(api.uri("/t/" + community + "/evaluation").toString());
            browser.waitFor(By.id("back-to-community"));
            return new Board(browser);
        }

        String invitations() {
            return browser.isPresent(By.cssSelector(".board-collecting")) ? browser.waitFor(By.cssSelector(".board-collecting")).getText() : "";
        }

        Ballot takePartIn(String roundTitle) {
            browser.click(By.xpath("//div[contains(@class,'board-collecting')][.//h2[contains(., '" + roundTitle + "')]]"
                    + "//a[contains(@class,'board-take-part')]"));
            return new Ballot(browser);
        }
    }

    /** {@code /t/{community}/evaluation/rounds/{round}/ballot}: the slip code (unless signed in) and one form per question. */
    static final class Ballot {

        private final Browser browser;

        Ballot(Browser browser) {
            this.browser = browser;
            browser.waitFor(By.id("ballot-send"));
        }

        static Ballot open(Browser browser, Api api, String community, String round) {
            browser.open(api.uri("/t/" + community + "/evaluation/rounds/" + round + "/ballot").toString());
            return new Ballot(browser);
        }

        boolean asksForSlip() {
            return browser.isPresent(By.id("ballot-slip"));
        }

        Ballot typeSlip(String code) {
            browser.retype(By.cssSelector("#ballot-slip input"), code);
            return this;
        }

        /** Picks the option shown as {@code option} in the field of the question (method/subject). */
        Ballot choose(String question, String field, String option) {
            By options = By.xpath("//vaadin-select-item[@role='option']");
            // The list of the field chosen before fades out; an option of it must not take this click.
            browser.waitUntilNoneShown(options);
            browser.click(By.cssSelector("[data-question='" + question + "'] #field-" + field));
            browser.clickShown(By.xpath("//vaadin-select-item[@role='option' and normalize-space(.)='" + option + "']"));
            browser.waitUntilNoneShown(options);
            browser.waitForText(By.cssSelector("[data-question='" + question + "'] #field-" + field + " vaadin-select-value-button"), option);
            return this;
        }

        void send() {
            browser.click(By.id("ballot-send"));
        }

        String thanks() {
            return browser.waitFor(By.id("ballot-thanks")).getText();
        }

        /** The error shown on the slip code field, or on a question's field. */
        String errorOf(String question, String field) {
            String at = question == null ? "#ballot-slip" : "[data-question='" + question + "'] #field-" + field;
            return browser.waitFor(By.cssSelector(at + "[invalid]")).getAttribute("errorMessage");
        }
    }
}
