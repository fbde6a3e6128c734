package org.weimin.ui.it;

import org.openqa.selenium.By;

/** The micro-project pages: the staff's list with its proposal form and one project with its steps; the public ones. */
final class ProjectPages {

    private ProjectPages() {
    }

    /** {@code /t/{community}/projects}. */
    static final class List {

        private final Browser browser;

        List(Browser browser) {
            this.browser = browser;
            browser.waitFor(By.id("project-cards"));
        }

        static List open(Browser browser, Api api, String community) {
            browser.open(api.uri("/t/" + community + "/projects").toString());
            return new List(browser);
        }

        /** Proposes a direct grant with one budget line paid by one milestone; lands on the new project's page. */
        Project proposeGrant(String title, String goal, String item, String yuan, String milestone, String deliverable) {
            browser.click(By.cssSelector("#project-proposal > vaadin-details-summary"));
            browser.type(By.cssSelector("#project-title input"), title);
            browser.type(By.cssSelector("#project-goal textarea"), goal);
            browser.type(By.cssSelector("#project-budget-item input"), item);
            browser.retype(By.cssSelector("#project-budget input"), yuan);
            browser.type(By.cssSelector("#milestone-title-0 input"), milestone);
            browser.type(By.cssSelector("#milestone-deliverable-0 input"), deliverable);
            browser.retype(By.cssSelector("#milestone-amount-0 input"), yuan);
            browser.click(By.id("project-propose"));
            return new Project(browser);
        }
    }

    /** {@code /t/{community}/projects/{id}}. */
    static final class Project {

        private final Browser browser;

        Project(Browser browser) {
            this.browser = browser;
            browser.waitFor(By.id("project-milestones"));
        }

        Project approve() {
            browser.click(By.id("project-approve"));
            return this;
        }

        Project deliver(String milestone, String what) {
            String item = "[data-milestone='" + milestone + "']";
            browser.click(By.cssSelector(item + " vaadin-details-summary"));
            browser.type(By.cssSelector(item + " vaadin-text-field input"), what);
            browser.click(By.cssSelector("[data-deliver='" + milestone + "']"));
            return this;
        }

        Project accept(String milestone) {
            browser.click(By.cssSelector("[data-accept='" + milestone + "']"));
            return this;
        }

        String status() {
            return browser.waitFor(By.id("project-status")).getText();
        }

        String money() {
            return browser.waitFor(By.id("project-money")).getText();
        }

        Project waitForStatus(String words) {
            browser.waitForText(By.id("project-status"), words);
            return this;
        }

        /** The cadre opens crowdfunding for the proposal, with this target and the deadline the form proposes. */
        Project openCrowdfunding(String targetYuan) {
            browser.retype(By.cssSelector("#campaign-target input"), targetYuan);
            browser.click(By.id("campaign-open"));
            return this;
        }

        /** Staff record a cash donation to the open campaign from its receipt. */
        Project donate(String yuan, String donor, String receipt) {
            browser.click(By.cssSelector("#project-crowdfunding vaadin-details > vaadin-details-summary"));
            browser.retype(By.cssSelector("#campaign-donation-amount input"), yuan);
            browser.type(By.cssSelector("#campaign-donation-donor input"), donor);
            browser.type(By.cssSelector("#campaign-donation-receipt input"), receipt);
            browser.click(By.id("campaign-donation-record"));
            return this;
        }

        String crowdfunding() {
            return browser.waitFor(By.id("project-crowdfunding")).getText();
        }

        Project waitForCrowdfunding(String text) {
            browser.waitForText(By.id("project-crowdfunding"), text);
            return this;
        }

        Project waitForToast(String text) {
            browser.waitFor(By.xpath("//vaadin-notification-card[contains(., '" + text + "')]"));
            return this;
        }
    }

    /** {@code /t/{community}/funding}: the projects anyone may follow. */
    static final class Funding {

        private final Browser browser;

        Funding(Browser browser) {
            this.browser = browser;
            browser.waitFor(By.cssSelector("#funding-cards, #funding-none"));
        }

        static Funding open(Browser browser, Api api, String community) {
            browser.open(api.uri("/t/" + community + "/funding").toString());
            return new Funding(browser);
        }

        String card(String title) {
            return browser.waitFor(By.cssSelector("[data-project='" + title + "']")).getText();
        }

        /** Opens the project's public page. */
        String open(String title) {
            browser.click(By.cssSelector("[data-project='" + title + "']"));
            return browser.waitFor(By.id("funding-campaign")).getText();
        }
    }
}
