package org.weimin.ui.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * The cadre records the subsidy and opens a named fund at the desk; a grid worker records donations from their receipts;
 * the cadre reverses a wrong one; anyone reads the statement on a phone without signing in, with a chain head that
 * matches what the verification recomputes.
 */
class FundJourneyIT extends PlatformApiTest {

    @Test
    void moneyIsRecordedAtTheDeskAndAnyoneChecksTheStatementOnAPhone() {
        String tag = UUID.randomUUID().toString().substring(0, 4);
        String fund = "张氏助老基金" + tag;
        String origin = api.uri("/").toString().replaceAll("/$", "");
        try (Browser desk = new Browser(1440, 900, origin); Browser phone = new Browser(390, 844)) {
            desk.open(api.uri("/t/huanglong/fund/books").toString());
            desk.signIn("cadre");
            FundPages.Books books = new FundPages.Books(desk).recordSubsidy("200.505", "西财〔2026〕" + tag).waitForToast("请填写金额")
                    .recordSubsidy("20000", "西财〔2026〕" + tag).waitForToast("补贴已登记")
                    .openNamedFund(fund).waitForToast("冠名基金已设立")
                    .recordDonation("1000", "张建华", "HZ-" + tag, fund, false).waitForToast("捐赠已登记")
                    .recordDonation("50.5", "赵大妈", "XJ-" + tag, null, true).waitForToast("捐赠已登记");
            books.waitForEntry("赵大妈").waitForAccounts("冠名基金：" + fund, "¥1,000.00");
            desk.look("cadre-fund-books-desk");
            long wrong = api.get("/api/v1/t/huanglong/fund/entries?limit=1", api.signIn("huanglong", "cadre", "demo1234"))
                    .json().get("items").get(0).get("seq").asLong();
            books.reverse(wrong, "收据号写错，重新登记").waitForToast("已冲正");
            desk.look("cadre-fund-reversed-desk");

            FundPages.Statement statement = FundPages.Statement.open(phone, api, "huanglong");
            assertThat(statement.summary()).contains("每1元政府补贴", "政府补贴拨入");
            assertThat(statement.entries()).contains("张建华", fund, "匿名", "冲正").doesNotContain("赵大妈");
            assertThat(statement.chainState()).contains("账本完整");
            assertThat(statement.chainHead()).isEqualTo(api.get("/api/v1/t/huanglong/fund/verification", null).json().get("headHash").asText());
            phone.look("fund-statement-phone");
            CommunityPages pages = new CommunityPages(phone, api);
            pages.isNotFound("atlantis", "/fund");
            assertThat(pages.showsTheSignInInstead("daguan", "/fund/books")).as("another community's books stay closed").isTrue();
        }
    }
}
