package org.weimin.ui.it;

import org.openqa.selenium.By;

/** The community's organisations ({@code /t/{community}/organizations}) and the form that registers one. */
final class OrganizationsPage {

    private final Browser browser;

    private OrganizationsPage(Browser browser) {
        this.browser = browser;
    }

    static OrganizationsPage open(Browser browser, Api api, String community) {
        browser.open(api.uri("/t/" + community + "/organizations").toString());
        return new OrganizationsPage(browser);
    }

    OrganizationsPage startRegistering(String typeName, String name) {
        browser.waitFor(By.id("register-organization")).click();
        choose("organization-type", typeName);
        browser.type(By.cssSelector("#organization-name input"), name);
        return this;
    }

    /** Fills in a one-line attribute the organisation type declares. */
    OrganizationsPage text(String field, String value) {
        browser.type(By.cssSelector("#field-" + field + " input"), value);
        return this;
    }

    OrganizationsPage longText(String field, String value) {
        browser.type(By.cssSelector("#field-" + field + " textarea"), value);
        return this;
    }

    OrganizationsPage choice(String field, String option) {
        choose("field-" + field, option);
        return this;
    }

    OrganizationsPage save() {
        browser.waitFor(By.id("save-organization")).click();
        return this;
    }

    OrganizationsPage waitForList(String text) {
        browser.waitForText(By.id("organizations"), text);
        return this;
    }

    private void choose(String select, String option) {
        browser.waitFor(By.id(select)).click();
        browser.waitFor(By.xpath("//vaadin-select-item[contains(., '" + option + "')]")).click();
    }
}
