package org.weimin.ui.it;

import org.openqa.selenium.By;

/** The platform administrator's pages ({@code /admin}): the communities, and the plugins. */
final class AdminPages {

    private final Browser browser;

    private AdminPages(Browser browser) {
        this.browser = browser;
    }

    static AdminPages signIn(Browser browser, Api api, String username) {
        browser.open(api.uri("/admin").toString());
        browser.signIn(username);
        return new AdminPages(browser);
    }

    AdminPages waitForCommunities(String text) {
        browser.waitForText(By.id("communities"), text);
        return this;
    }

    /** Switches the interface language with the selector in the header. */
    AdminPages switchTo(String language, String heading) {
        browser.waitFor(By.id("language")).click();
        browser.waitFor(By.xpath("//vaadin-select-item[contains(., '" + language + "')]")).click();
        browser.waitForText(By.tagName("h1"), heading);
        return this;
    }

    AdminPages plugins() {
        browser.waitFor(By.id("nav-plugins")).click();
        return this;
    }

    AdminPages waitForPlugins(String text) {
        browser.waitForText(By.id("plugins"), text);
        return this;
    }
}
