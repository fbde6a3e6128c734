package org.weimin.ui.it;

import org.openqa.selenium.By;

/** The micro-fund's pages: the staff's books and the public statement. */
final class FundPages {

    private FundPages() {
    }

    /** {@code /t/{community}/fund/books}: balances, the forms that record money, the journal. */
    static final class Books {

        private final Browser browser;

        Books(Browser browser) {
            this.browser = browser;
            browser.waitFor(By.id("fund-accounts"));
        }

        static Books open(Browser browser, Api api, String community) {
            browser.open(api.uri("/t/" + community + "/fund/books").toString());
            return new Books(browser);
        }

        Books recordSubsidy(String yuan, String document) {
            browser.retype(By.cssSelector("#fund-subsidy-amount input"), yuan);
            browser.type(By.cssSelector("#fund-subsidy-document input"), document);
            browser.click(By.id("fund-subsidy-record"));
            return this;
        }

        Books openNamedFund(String name) {
            browser.type(By.cssSelector("#fund-named-name input"), name);
            browser.click(By.id("fund-named-open"));
            return this;
        }

        /** Records a cash donation; to a named fund when one is named, anonymous when asked. */
        Books recordDonation(String yuan, String donor, String receipt, String namedFund, boolean anonymous) {
            browser.retype(By.cssSelector("#fund-donation-amount input"), yuan);
            browser.type(By.cssSelector("#fund-donation-donor input"), donor);
            browser.type(By.cssSelector("#fund-donation-receipt input"), receipt);
            if (namedFund != null) {
                browser.click(By.id("fund-donation-to"));
                browser.click(By.xpath("//vaadin-select-item[contains(., '" + namedFund + "')]"));
            }
            if (anonymous) {
                browser.click(By.cssSelector("#fund-donation-anonymous label"));
            }
            browser.click(By.id("fund-donation-record"));
            return this;
        }

        /** The cadre sets how the subsidy matches donations: the factor and a cap per donation. */
        Books setMatchRules(int numerator, int denominator, String donationCapYuan) {
            browser.click(By.cssSelector("#fund-match-form > vaadin-details-summary"));
            browser.retype(By.cssSelector("#fund-match-numerator input"), Integer.toString(numerator));
            browser.retype(By.cssSelector("#fund-match-denominator input"), Integer.toString(denominator));
            browser.retype(By.cssSelector("#fund-match-donation-cap input"), donationCapYuan);
            browser.click(By.id("fund-match-save"));
            return this;
        }

        String matchRules() {
            return browser.waitFor(By.id("fund-match-rules")).getText();
        }

        Books reverse(long seq, String why) {
            browser.click(By.cssSelector("[data-reversal='" + seq + "'] > vaadin-details-summary"));
            browser.type(By.cssSelector("#fund-reverse-reason-" + seq + " input"), why);
            browser.click(By.cssSelector("[data-reverse='" + seq + "']"));
            return this;
        }

        /** Waits until the journal shows this text (a donor's name, say). */
        Books waitForEntry(String text) {
            browser.waitForText(By.id("fund-entries"), text);
            return this;
        }

        /** Waits until the balances show every one of these texts (the page renders them anew after each step). */
        Books waitForAccounts(String... texts) {
            for (String text : texts) {
                browser.waitForText(By.id("fund-accounts"), text);
            }
            return this;
        }

        Books waitForToast(String text) {
            browser.waitFor(By.xpath("//vaadin-notification-card[contains(., '" + text + "')]"));
            return this;
        }
    }

    /** {@code /t/{community}/fund}: the public statement. */
    static final class Statement {

        private final Browser browser;

        Statement(Browser browser) {
            this.browser = browser;
            browser.waitFor(By.id("fund-summary"));
        }

        static Statement open(Browser browser, Api api, String community) {
            browser.open(api.uri("/t/" + community + "/fund").toString());
            return new Statement(browser);
        }

        String summary() {
            return browser.waitFor(By.id("fund-summary")).getText();
        }

        String chainState() {
            return browser.waitFor(By.id("fund-chain-state")).getText();
        }

        String chainHead() {
            return browser.waitFor(By.id("fund-chain-head")).getText();
        }

        String entries() {
            return browser.waitFor(By.id("fund-entries")).getText();
        }

        /** What each project raised, was matched and spent in the period. */
        String projects() {
            return browser.waitFor(By.id("fund-projects")).getText();
        }
    }
}
