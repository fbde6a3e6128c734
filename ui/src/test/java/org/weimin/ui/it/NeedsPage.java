package org.weimin.ui.it;

import org.openqa.selenium.By;

/** The needs page ({@code /t/{community}/demands}): the staff's inbox, or a resident's own needs. */
final class NeedsPage {

    private final Browser browser;

    NeedsPage(Browser browser) {
        this.browser = browser;
    }

    NeedsPage waitForList(String text) {
        browser.waitForText(By.id("demands"), text);
        return this;
    }

    NeedsPage search(String words) {
        browser.type(By.cssSelector("#demands-search input"), words);
        return this;
    }

    NeedsPage waitForRow(String text) {
        browser.waitFor(row(text));
        return this;
    }

    NeedsPage waitForNoRow(String text) {
        browser.waitForInvisible(row(text));
        return this;
    }

    /** Ticks "only my grids" (or unticks it), after checking what it says. */
    NeedsPage toggleMyGrids(String label) {
        browser.waitForText(By.id("filter-my-grids"), label);
        browser.click(By.id("filter-my-grids"));
        return this;
    }

    NeedsPage tick(String text) {
        browser.tickRowOf(text);
        return this;
    }

    NeedsPage waitForBulkCount(String text) {
        browser.waitForText(By.id("bulk-count"), text);
        return this;
    }

    /** Takes the classifier's suggestion for every ticked need. */
    NeedsPage classifyTickedAsSuggested() {
        browser.click(By.id("bulk-classify"));
        return this;
    }

    NeedDialog open(String text) {
        browser.click(row(text));
        return new NeedDialog(browser);
    }

    private static By row(String text) {
        return By.xpath("//vaadin-grid-cell-content[contains(., '" + text + "')]");
    }
}
