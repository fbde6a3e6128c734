package org.weimin.ui.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.weimin.ui.it.Api.field;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The micro-fund's books over REST: money in, corrections by reversal, the public statement and a chain anyone can verify. */
class FundIT extends PlatformApiTest {

    private static final String FUND = "/api/v1/t/huanglong/fund";

    private String cadre;
    private String gridWorker;

    @BeforeEach
    void signIn() {
        cadre = api.signIn("huanglong", "cadre", "demo1234");
        gridWorker = api.signIn("huanglong", "zhou.gw", "demo1234");
    }

    @Test
    void moneyComesInIsCorrectedByReversalAndTheStatementShowsItWithAVerifiableHead() {
        long poolBefore = balance("SUBSIDY_POOL");
        Api.Reply subsidy = api.post(FUND + "/subsidies", cadre, Api.json(Map.of("amountFen", 5_000_000, "document", "西财〔2026〕18号")));
        assertThat(subsidy.status()).as(subsidy.body()).isEqualTo(201);
        assertThat(subsidy.json().get("lines").toString()).contains("SUBSIDY_SOURCE", "SUBSIDY_POOL");
        assertThat(balance("SUBSIDY_POOL")).isEqualTo(poolBefore + 5_000_000);

        String tag = UUID.randomUUID().toString().substring(0, 6);
        Api.Reply named = api.post(FUND + "/named-funds", cadre, Api.json(Map.of("name", "李氏敬老基金" + tag)));
        assertThat(named.status()).as(named.body()).isEqualTo(201);
        Api.Reply toNamed = api.post(FUND + "/donations", gridWorker, Api.json(Map.of("amountFen", 200_000, "donorName", "李建国" + tag,
                "method", "BANK_TRANSFER", "receiptNo", "HZ-" + tag, "namedFundId", named.json().get("id").asText())));
        assertThat(toNamed.status()).as(toNamed.body()).isEqualTo(201);
        Api.Reply anonymous = api.post(FUND + "/donations", gridWorker, Api.json(Map.of("amountFen", 30_000, "donorName", "王秀兰" + tag,
                "anonymous", true, "method", "CASH", "receiptNo", "XJ-" + tag)));
        assertThat(anonymous.status()).isEqualTo(201);
        Api.Reply goods = api.post(FUND + "/donations", gridWorker, Api.json(Map.of("amountFen", 80_000, "donorName", "好邻居超市" + tag,
                "method", "GOODS", "goods", "大米20袋", "receiptNo", "WZ-" + tag)));
        assertThat(goods.status()).isEqualTo(201);

        String wrong = goods.json().get("id").asText();
        Api.Reply reversed = api.post(FUND + "/entries/" + wrong + "/reversal", cadre, Api.json(Map.of("reason", "物资已退回超市")));
        assertThat(reversed.status()).as(reversed.body()).isEqualTo(201);
        assertThat(reversed.json().get("reverses").asText()).isEqualTo(wrong);
        Api.Reply twice = api.post(FUND + "/entries/" + wrong + "/reversal", cadre, Api.json(Map.of("reason", "再冲一次")));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("error").asText()).isEqualTo("already_reversed");
        assertThat(api.post(FUND + "/entries/" + reversed.json().get("id").asText() + "/reversal", cadre, Api.json(Map.of("reason", "x")))
                .json().get("error").asText()).isEqualTo("reversal_not_reversible");

        JsonNode statement = api.get(FUND + "/statement", null).json();
        assertThat(statement.get("subsidyReceivedFen").asLong()).isGreaterThanOrEqualTo(5_000_000);
        String entries = statement.get("entries").toString();
        assertThat(entries).as("a donor is named unless they asked not to be").contains("李建国" + tag, "李氏敬老基金" + tag)
                .doesNotContain("王秀兰" + tag).doesNotContain("zhou.gw");
        assertThat(statement.get("leverage").asDouble()).isPositive();
        JsonNode verification = api.get(FUND + "/verification", null).json();
        assertThat(verification.get("intact").asBoolean()).as(verification.toString()).isTrue();
        assertThat(statement.get("headHash").asText()).isEqualTo(verification.get("headHash").asText());
        assertThat(statement.get("headSeq").asLong()).isEqualTo(verification.get("headSeq").asLong());
        assertThat(statement.get("chainIntact").asBoolean()).isTrue();
    }

    @Test
    void theStatementDownloadsAsCsvXlsxAndPdfWithTheChainHead() throws Exception {
        api.post(FUND + "/donations", gridWorker, Api.json(Map.of("amountFen", 8_800, "donorName", "下载测试捐赠人", "method", "CASH",
                "receiptNo", "XJ-D" + UUID.randomUUID().toString().substring(0, 4))));
        String head = api.get(FUND + "/verification", null).json().get("headHash").asText();
        Api.Reply csv = api.get(FUND + "/statement/export?format=csv", null);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.raw().headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).contains("序号", "下载测试捐赠人", "¥88.00", head);
        Api.Reply english = api.get(FUND + "/statement/export?format=csv&lang=en", null);
        assertThat(english.body()).contains("Donation received", "Chain head");
        byte[] xlsx = api.download(FUND + "/statement/export?format=xlsx", null).body();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var entries = book.getSheetAt(1);
            assertThat(entries.getRow(0).getCell(0).getStringCellValue()).isEqualTo("序号");
            boolean found = false;
            for (var row : entries) {
                found |= row.getCell(7) != null && row.getCell(7).getStringCellValue().equals("下载测试捐赠人");
            }
            assertThat(found).isTrue();
        }
        byte[] pdf = api.download(FUND + "/statement/export?format=pdf", null).body();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.length).isGreaterThan(2_000);
        assertThat(field(api.get(FUND + "/statement/export?format=doc", null))).isEqualTo("format");
        assertThat(api.get("/api/v1/t/nowhere/fund/statement/export?format=csv", null).status()).isEqualTo(404);
    }

    @Test
    void aChangedStoredAmountIsNamedByTheVerification() throws Exception {
        Api.Reply donation = api.post(FUND + "/donations", gridWorker, Api.json(Map.of("amountFen", 12_345, "donorName", "陈先生",
                "method", "CASH", "receiptNo", "XJ-T" + UUID.randomUUID().toString().substring(0, 4))));
        assertThat(donation.status()).isEqualTo(201);
        String entry = donation.json().get("id").asText();
        long seq = donation.json().get("seq").asLong();
        String posting = "update fund_posting set amount_fen = amount_fen + ? where entry_id = ? and position = 1";
        assertThat(StoredRows.update("huanglong", posting, 100_000, UUID.fromString(entry))).isEqualTo(1);
        try {
            JsonNode verification = api.get(FUND + "/verification", null).json();
            assertThat(verification.get("intact").asBoolean()).isFalse();
            assertThat(verification.get("firstBrokenId").asText()).isEqualTo(entry);
            assertThat(verification.get("firstBrokenSeq").asLong()).isEqualTo(seq);
            assertThat(verification.get("problem").asText()).isEqualTo("CONTENT");
            assertThat(api.get(FUND + "/statement", null).json().get("chainIntact").asBoolean()).isFalse();
        } finally {
            StoredRows.update("huanglong", posting, -100_000, UUID.fromString(entry));
        }
        assertThat(api.get(FUND + "/verification", null).json().get("intact").asBoolean()).isTrue();
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsPosted() {
        long entries = api.get(FUND + "/entries?limit=1", gridWorker).json().get("total").asLong();
        assertThat(field(api.post(FUND + "/subsidies", cadre, "{\"amountFen\": 12.5, \"document\": \"x\"}"))).isEqualTo("amountFen");
        assertThat(field(api.post(FUND + "/subsidies", cadre, Api.json(Map.of("amountFen", -100, "document", "x"))))).isEqualTo("amountFen");
        assertThat(field(api.post(FUND + "/subsidies", cadre, Api.json(Map.of("amountFen", 100))))).isEqualTo("document");
        assertThat(field(api.post(FUND + "/donations", gridWorker, Api.json(Map.of("amountFen", 100, "donorName", "甲", "method", "CASH")))))
                .isEqualTo("receiptNo");
        assertThat(field(api.post(FUND + "/donations", gridWorker, Api.json(Map.of("amountFen", 100, "donorName", "甲", "method", "BITCOIN",
                "receiptNo", "1"))))).isEqualTo("method");
        assertThat(field(api.post(FUND + "/donations", gridWorker, Api.json(Map.of("amountFen", 100, "donorName", "甲", "method", "CASH",
                "receiptNo", "1", "namedFundId", UUID.randomUUID().toString()))))).isEqualTo("namedFundId");
        assertThat(field(api.post(FUND + "/donations", gridWorker, Api.json(Map.of("amountFen", 100, "method", "GOODS", "donorName", "乙",
                "receiptNo", "1"))))).isEqualTo("goods");
        assertThat(field(api.get(FUND + "/statement?from=yesterday", null))).isEqualTo("from");
        assertThat(field(api.get(FUND + "/statement?from=2026-12-01&to=2026-01-01", null))).isEqualTo("to");
        assertThat(field(api.get(FUND + "/statement?to=%2B999999999-12-31", null))).as("a day beyond any record").isEqualTo("to");
        assertThat(field(api.get(FUND + "/statement/export?format=csv&from=0001-01-01", null))).isEqualTo("from");
        assertThat(api.post(FUND + "/subsidies", gridWorker, Api.json(Map.of("amountFen", 100, "document", "x"))).status())
                .as("the cadre records the subsidy").isEqualTo(403);
        assertThat(api.post(FUND + "/entries/" + UUID.randomUUID() + "/reversal", cadre, Api.json(Map.of("reason", "x"))).status()).isEqualTo(404);
        assertThat(api.get(FUND + "/entries?limit=1", gridWorker).json().get("total").asLong()).as("nothing posted").isEqualTo(entries);
    }

    @Test
    void anotherCommunityNeitherReadsNorMovesThisFund() {
        Api.Reply donation = api.post(FUND + "/donations", gridWorker, Api.json(Map.of("amountFen", 777, "donorName", "黄龙的捐赠人",
                "method", "CASH", "receiptNo", "XJ-I" + UUID.randomUUID().toString().substring(0, 4))));
        String entry = donation.json().get("id").asText();
        String daguan = api.signIn("daguan", "cadre", "demo1234");
        assertThat(api.get(FUND + "/accounts", daguan).status()).isEqualTo(404);
        assertThat(api.get(FUND + "/entries", daguan).status()).isEqualTo(404);
        assertThat(api.post(FUND + "/subsidies", daguan, Api.json(Map.of("amountFen", 100, "document", "x"))).status()).isEqualTo(404);
        assertThat(api.post(FUND + "/entries/" + entry + "/reversal", daguan, Api.json(Map.of("reason", "x"))).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/t/daguan/fund/entries/" + entry + "/reversal", daguan, Api.json(Map.of("reason", "x"))).status())
                .as("an entry of another community is not found").isEqualTo(404);
        assertThat(api.get("/api/v1/t/daguan/fund/statement", null).body()).doesNotContain("黄龙的捐赠人");
        for (String format : new String[] {"csv", "xlsx"}) {
            byte[] theirs = api.download("/api/v1/t/daguan/fund/statement/export?format=" + format, null).body();
            assertThat(new String(theirs, java.nio.charset.StandardCharsets.ISO_8859_1)).as(format).doesNotContain(entry);
        }
        assertThat(api.get("/api/v1/t/daguan/fund/statement/export?format=csv", null).body()).doesNotContain("黄龙的捐赠人");
        assertThat(api.get("/api/v1/t/nowhere/fund/statement", null).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/t/nowhere/fund/verification", null).status()).isEqualTo(404);
        assertThat(api.get(FUND + "/accounts", null).status()).isEqualTo(401);
        assertThat(api.get(FUND + "/entries", api.signIn("huanglong", "resident1", "demo1234")).status()).isEqualTo(403);
    }

    private long balance(String kind) {
        return TestFund.balance(api, "huanglong", cadre, kind);
    }
}
