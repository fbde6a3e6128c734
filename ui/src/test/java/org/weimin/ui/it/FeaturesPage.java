package org.weimin.ui.it;

import org.openqa.selenium.By;

/** The community's plugin features ({@code /t/{community}/features}), as its cadre manages them. */
final class FeaturesPage {

    private final Browser browser;

    FeaturesPage(Browser browser) {
        this.browser = browser;
    }

    FeaturesPage setting(String featureId, String field, String value) {
        browser.waitFor(By.id("feature-" + featureId));
        browser.type(By.cssSelector("#feature-" + featureId.replace(".", "\\.") + " #field-" + field + " input"), value);
        return this;
    }

    FeaturesPage save(String featureId) {
        browser.waitFor(By.id("save-" + featureId)).click();
        return this;
    }

    FeaturesPage waitForFeatureText(String featureId, String text) {
        browser.waitForText(By.id("feature-" + featureId), text);
        return this;
    }

    /** Waits for the summary at the top of the features that failed for the community. */
    FeaturesPage waitForTroubled(String text) {
        browser.waitForText(By.id("features-troubled"), text);
        return this;
    }

    FeaturesPage waitForHealth(String featureId, String text) {
        browser.waitForText(By.id("health-" + featureId), text);
        return this;
    }

    FeaturesPage scrollToHealth(String featureId) {
        browser.scrollTo(By.id("health-" + featureId));
        return this;
    }

    /** The address an integrator delivers to for this channel, as the page shows it. */
    String deliveryAddress(String featureId) {
        return browser.waitFor(By.id("webhook-" + featureId)).getDomProperty("value");
    }
}
