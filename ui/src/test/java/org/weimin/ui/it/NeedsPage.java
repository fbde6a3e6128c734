package org.weimin.ui.it;

import org.openqa.selenium.By;

/**
 * The needs page ({@code /t/{community}/demands}): the staff's inbox (a table on a desk, cards on a phone), or a
 * resident's own needs as cards.
 */
final class NeedsPage {

    private static final By LIST = By.cssSelector("#demands, #need-cards");

    private final Browser browser;

    NeedsPage(Browser browser) {
        this.browser = browser;
    }

    static NeedsPage openByAddress(Browser browser, Api api, String community, String query) {
        browser.open(api.uri("/t/" + community + "/demands" + query).toString());
        return new NeedsPage(browser);
    }

    NeedsPage waitForList(String text) {
        browser.waitForText(LIST, text);
        return this;
    }

    NeedsPage search(String words) {
        browser.type(By.cssSelector("#demands-search input"), words);
        return this;
    }

    String searchedFor() {
        return browser.waitFor(By.cssSelector("#demands-search input")).getAttribute("value");
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

    boolean showsCards() {
        browser.waitFor(LIST);
        return browser.isPresent(By.id("need-cards"));
    }

    NeedPage open(String text) {
        browser.click(row(text));
        return new NeedPage(browser);
    }

    private static By row(String text) {
        return By.xpath("//vaadin-grid-cell-content[contains(., '" + text + "')] | //a[contains(@class, 'need-card')][contains(., '" + text + "')]");
    }
}
