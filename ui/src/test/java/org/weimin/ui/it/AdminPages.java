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

    /** Opens the new-community form, sends it empty, and waits until every required field says so. */
    AdminPages startCreatingAndSendEmpty() {
        browser.click(By.id("create-community"));
        browser.retype(By.cssSelector("#cadre-username input"), "");
        browser.click(By.id("save-community"));
        for (String field : new String[] {"community-id", "community-name-zh", "community-city", "community-district",
                "community-sub-district", "cadre-username", "cadre-name"}) {
            browser.waitFor(By.cssSelector("#" + field + "[invalid]"));
        }
        return this;
    }

    /** What the form says: the summary under it and the message at each field. */
    String formErrors() {
        return browser.waitFor(By.id("create-error")).getText() + "\n" + browser.waitFor(By.tagName("vaadin-dialog-overlay")).getText();
    }

    /** Fills the form in (choosing the region among those the platform has), sends it, and reads the one-time password. */
    String create(String id, String name, String subDistrict, String cadreUsername, String cadreName) {
        browser.type(By.cssSelector("#community-id input"), id);
        browser.type(By.cssSelector("#community-name-zh input"), name);
        choose("community-city", "杭州市");
        choose("community-district", "西湖区");
        browser.type(By.cssSelector("#community-sub-district input"), subDistrict + org.openqa.selenium.Keys.ENTER);
        browser.retype(By.cssSelector("#cadre-username input"), cadreUsername);
        browser.type(By.cssSelector("#cadre-name input"), cadreName);
        browser.click(By.id("save-community"));
        return browser.waitFor(By.id("one-time-password")).getText();
    }

    AdminPages closePasswordDialog() {
        browser.click(By.id("one-time-password-done"));
        browser.waitForInvisible(By.id("one-time-password"));
        return this;
    }

    private void choose(String comboBox, String value) {
        browser.type(By.cssSelector("#" + comboBox + " input"), value);
        browser.waitFor(By.xpath("//vaadin-combo-box-item[contains(., '" + value + "')]")).click();
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
