package org.weimin.ui.it;

import org.openqa.selenium.By;

/** The micro-project pages: the list with its proposal form, and one project with its steps. */
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

        Project waitForToast(String text) {
            browser.waitFor(By.xpath("//vaadin-notification-card[contains(., '" + text + "')]"));
            return this;
        }
    }
}
