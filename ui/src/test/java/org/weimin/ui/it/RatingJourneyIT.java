package org.weimin.ui.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A resident on a phone rates a need they confirmed as resolved: 不满意, with a word on why; a grid worker at the desk
 * finds it among the return visits and records what the visit found.
 */
class RatingJourneyIT extends PlatformApiTest {

    private static final String BASE = "/api/v1/t/huanglong";

    @Test
    void aNotSatisfiedRatingIsVisitedBack() {
        String text = "小区东门的台阶松动了 " + UUID.randomUUID().toString().substring(0, 4);
        String resident = api.signIn("huanglong", "resident3", "demo1234");
        String worker = api.signIn("huanglong", "zhou.gw", "demo1234");
        String reference = api.post(BASE + "/demands", resident, Api.json(Map.of("values", Map.of("text", text)))).json().get("created").get(0).asText();
        String id = api.get(BASE + "/demands?q=" + reference, worker).json().get("items").get(0).get("id").asText();
        api.post(BASE + "/demands/" + id + "/classify", worker, Api.json(Map.of("kind", "AFFAIR", "category", "FACILITIES")));
        api.post(BASE + "/demands/" + id + "/accept", worker, "{}");
        api.post(BASE + "/demands/" + id + "/resolve", worker, Api.json(Map.of("text", "台阶已用水泥加固")));
        api.post(BASE + "/demands/" + id + "/confirm", resident, "");
        String origin = api.uri("/").toString().replaceAll("/$", "");

        try (Browser phone = new Browser(390, 844); Browser desk = new Browser(1440, 900, origin)) {
            phone.open(api.uri("/t/huanglong/demands/" + reference).toString());
            phone.signIn("resident3");
            phone.waitFor(By.id("need-rating"));
            phone.type(By.cssSelector("#need-rating-comment textarea"), "下雨后又松了");
            phone.look("resident-rating-ask-phone");
            phone.click(By.id("need-rating-dissatisfied"));
            phone.waitForText(By.id("need-rating-given"), "您的评价：不满意");
            phone.look("resident-rating-given-phone");

            desk.open(api.uri("/t/huanglong?next=return-visits").toString());
            desk.signIn("zhou.gw");
            By card = By.cssSelector("[data-visit='" + reference + "']");
            assertThat(desk.waitFor(card).getText()).contains(text, "居民说：下雨后又松了", "冯超");
            desk.type(By.cssSelector("[data-visit='" + reference + "'] vaadin-text-area textarea"), "电话回访：已约施工队重新浇筑");
            desk.look("staff-return-visits-desk");
            desk.click(By.xpath("//*[@data-visit='" + reference + "']//vaadin-button"));
            desk.waitFor(By.xpath("//vaadin-notification-card[contains(., '回访已记录')]"));
            desk.waitForInvisible(card);

            new CommunityPages(phone, api).isNotFound("atlantis", "/return-visits");
        }
    }
}
