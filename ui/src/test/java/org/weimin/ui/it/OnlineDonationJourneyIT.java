package org.weimin.ui.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A donor on a phone, without an account, gives online to a crowdfunding project: the payment's page sends them to the
 * provider (this test plays it, confirming with a signed notification), and back on the page the gift has arrived, is
 * matched by the subsidy and shows on the project.
 */
class OnlineDonationJourneyIT extends PlatformApiTest {

    private static final String BASE = "/api/v1/t/huanglong";

    @Test
    void aDonorGivesOnlineAndSeesTheGiftArriveAndMatched() {
        String tag = UUID.randomUUID().toString().substring(0, 4);
        String cadre = api.signIn("huanglong", "cadre", "demo1234");
        api.post(BASE + "/fund/subsidies", cadre, Api.json(Map.of("amountFen", 1_000_000, "document", "西财〔2026〕OL" + tag)));
        api.put(BASE + "/fund/match-rules", cadre, Api.json(Map.of("factorNumerator", 1, "factorDenominator", 1, "donationCapFen", 50_000)));
        String title = "楼道书角 " + tag;
        String project = api.post(BASE + "/projects", api.signIn("huanglong", "zhou.gw", "demo1234"), Api.json(Map.of("title", title,
                "goal", "三个楼道设图书角", "mode", "DIRECT_FUNDING", "budget", List.of(Map.of("item", "书架和图书", "amountFen", 100_000)),
                "milestones", List.of(Map.of("title", "书角建成", "deliverable", "照片", "dueOn", "2027-06-30", "amountFen", 100_000)))))
                .json().get("id").asText();
        api.post(BASE + "/projects/" + project + "/crowdfunding", cadre, Api.json(Map.of("targetFen", 100_000,
                "deadline", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(20).toString())));

        try (Browser phone = new Browser(390, 844)) {
            phone.open(api.uri("/t/huanglong/funding/" + project).toString());
            phone.waitFor(By.id("online-gift"));
            phone.retype(By.cssSelector("#online-gift-amount input"), "100");
            phone.type(By.cssSelector("#online-gift-donor input"), "张阿姨");
            phone.look("donor-online-gift-phone");
            phone.click(By.id("online-gift-give"));
            phone.waitForText(By.id("payment-status"), "等待支付");
            assertThat(phone.waitFor(By.id("payment-pay")).getAttribute("href")).startsWith("https://sandbox.pay.example/checkout?reference=SBX-")
                    .contains("amountFen=10000");
            assertThat(phone.waitFor(By.id("payment")).getText()).contains("¥100.00", "为「" + title + "」众筹捐款");
            phone.look("donor-payment-waiting-phone");
            String page = phone.currentPath();
            String payment = page.substring(page.lastIndexOf('/') + 1);

            assertThat(SandboxProvider.notify(api, payment, "PAID", 10_000).status()).isEqualTo(200);
            phone.click(By.id("payment-refresh"));
            phone.waitForText(By.id("payment-status"), "已到账");
            assertThat(phone.waitFor(By.id("payment")).getText()).contains("谢谢您");
            phone.look("donor-payment-received-phone");

            assertThat(ProjectPages.Funding.open(phone, api, "huanglong").open(title)).contains("已筹 ¥200.00", "补贴配捐 ¥100.00");
            CommunityPages pages = new CommunityPages(phone, api);
            pages.isNotFound("daguan", "/fund/payments/" + payment);
            pages.isNotFound("huanglong", "/fund/payments/not-a-payment");
        }
    }
}
