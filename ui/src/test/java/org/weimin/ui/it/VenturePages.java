package org.weimin.ui.it;

import org.openqa.selenium.By;

/** The venture call pages: the list with the cadre's form to open a call, and one call with each person's step. */
final class VenturePages {

    private VenturePages() {
    }

    /** {@code /t/{community}/ventures}. */
    static final class List {

        private final Browser browser;

        List(Browser browser) {
            this.browser = browser;
            browser.waitFor(By.cssSelector("#venture-cards, #ventures-none"));
        }

        static List open(Browser browser, Api api, String community) {
            browser.open(api.uri("/t/" + community + "/ventures").toString());
            return new List(browser);
        }

        /** The cadre opens a call with the usual criteria and the dates the form proposes. */
        Call openCall(String theme, String description, String budgetYuan, String... experts) {
            browser.click(By.cssSelector("#venture-opening > vaadin-details-summary"));
            browser.type(By.cssSelector("#venture-theme input"), theme);
            browser.type(By.cssSelector("#venture-description textarea"), description);
            browser.retype(By.cssSelector("#venture-budget input"), budgetYuan);
            for (String expert : experts) {
                browser.click(By.xpath("//vaadin-checkbox-group[@id='venture-experts']//vaadin-checkbox[contains(., '" + expert + "')]"));
            }
            browser.click(By.id("venture-open"));
            return new Call(browser);
        }

        String card(String theme) {
            return browser.waitFor(By.cssSelector("[data-venture='" + theme + "']")).getText();
        }
    }

    /** {@code /t/{community}/ventures/{id}}. */
    static final class Call {

        private final Browser browser;

        Call(Browser browser) {
            this.browser = browser;
            browser.waitFor(By.id("venture-proposals"));
        }

        /** Staff enter an organisation's proposal from its form. */
        Call propose(String organization, String title, String goal, String requestYuan, String deliverable) {
            browser.click(By.cssSelector("#venture-proposal > vaadin-details-summary"));
            browser.waitFor(By.id("venture-proposal-organization")).click();
            browser.waitFor(By.xpath("//vaadin-select-item[contains(., '" + organization + "')]")).click();
            browser.retype(By.cssSelector("#venture-proposal-title input"), title);
            browser.retype(By.cssSelector("#venture-proposal-goal textarea"), goal);
            browser.retype(By.cssSelector("#venture-proposal-request input"), requestYuan);
            browser.retype(By.cssSelector("#venture-proposal-deliverable input"), deliverable);
            browser.click(By.id("venture-proposal-send"));
            return waitForToast("申报已录入").waitForProposal(title);
        }

        Call closeProposals() {
            browser.click(By.id("venture-close"));
            return waitForToast("开始评审");
        }

        /** An expert of the panel scores the n-th proposal (in the order they came), one number per criterion. */
        Call score(int n, int... points) {
            browser.click(By.cssSelector("#venture-score-" + n + " > vaadin-details-summary"));
            for (int i = 0; i < points.length; i++) {
                browser.retype(By.cssSelector("#venture-score-" + n + "-" + i + " input"), Integer.toString(points[i]));
            }
            browser.click(By.id("venture-score-save-" + n));
            browser.waitForText(By.cssSelector("#venture-score-" + n + " > vaadin-details-summary"), "修改评分");
            return this;
        }

        Call vote(int n) {
            browser.click(By.id("venture-vote-" + n));
            browser.waitFor(By.id("venture-my-vote"));
            return waitForToast("投票成功");
        }

        String myVote() {
            return browser.waitFor(By.id("venture-my-vote")).getText();
        }

        Call decide() {
            browser.click(By.id("venture-decide"));
            browser.waitFor(By.cssSelector("[data-place='1']"));
            return waitForToast("结果已公布");
        }

        /** The call's rules: its budget, days and weights above the proposals, its criteria, panel and tie rule below. */
        String rules() {
            return browser.waitFor(By.id("venture-rules")).getText() + "\n" + browser.waitFor(By.id("venture-scoring")).getText();
        }

        String preview() {
            return browser.waitFor(By.id("venture-preview")).getText();
        }

        String proposal(String title) {
            return browser.waitFor(By.cssSelector("[data-proposal='" + title + "']")).getText();
        }

        /** The board's place line of a proposal: its rank and outcome, with the arithmetic. */
        String place(int rank) {
            return browser.waitFor(By.cssSelector("[data-place='" + rank + "']")).getText();
        }

        void signInToVote() {
            browser.click(By.id("venture-sign-in"));
        }

        private Call waitForProposal(String title) {
            browser.waitFor(By.cssSelector("[data-proposal='" + title + "']"));
            return this;
        }

        Call waitForToast(String text) {
            browser.waitFor(By.xpath("//vaadin-notification-card[contains(., '" + text + "')]"));
            return this;
        }
    }
}
