package org.weimin.ui.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.weimin.ui.it.Api.field;

import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * A round from its opening to its board: the cadre opens it on the rounds page; a signed-in resident votes at a desk; the
 * cadre prints the voting slips (CSV on the page, the A4 sheet to cut) and a neighbour without an account scans a slip's QR
 * code and votes on a phone, once; the cadre closes the round and the board shows its results.
 */
class BallotJourneyIT extends PlatformApiTest {

    private static final String ROUNDS = "/api/v1/t/wangjiang/evaluation/rounds";
    private static final String APPRAISAL = "evaluation.democratic-appraisal";
    private static final String DOUBLE_REVIEW = "evaluation.double-review";

    @Test
    void householdsVoteSignedInOrWithAPrintedSlipOncePerHousehold() throws Exception {
        String cadre = api.signIn("wangjiang", "cadre", "demo1234");
        String title = "本季度居民评议 " + UUID.randomUUID().toString().substring(0, 4);
        String id;
        try (Browser office = new Browser(1440, 900); Browser desk = new Browser(1440, 900); Browser phone = new Browser(390, 844)) {
            EvaluationPages.Rounds rounds = EvaluationPages.Rounds.signIn(office, api, "wangjiang", "cadre");
            office.look("rounds-desk");
            id = rounds.open(title);
            JsonNode opened = api.get(ROUNDS + "/" + id, cadre).json();
            assertThat(opened.get("methods").findValuesAsText("featureId")).as("the community's methods, all chosen by default")
                    .containsExactlyInAnyOrder(APPRAISAL, DOUBLE_REVIEW);
            String period = opened.get("subjects").get(0).get("id").asText();
            String appraisal = APPRAISAL + "/" + period;
            String review = DOUBLE_REVIEW + "/" + period;

            desk.open(api.uri("/t/wangjiang?next=evaluation/rounds/" + id + "/ballot").toString());
            desk.signIn("resident2");
            EvaluationPages.Ballot signedIn = new EvaluationPages.Ballot(desk);
            assertThat(signedIn.asksForSlip()).as("a signed-in resident needs no code").isFalse();
            desk.waitFor(By.id("ballot-signed-in"));
            fill(signedIn, appraisal, review, "基本满意");
            desk.look("ballot-desk");
            signedIn.send();
            assertThat(signedIn.thanks()).contains("收到");

            rounds = rounds.reload();
            assertThat(rounds.summary(title)).contains("1 户参加了居民评议");
            List<String> rows = rounds.slipCodes(title).lines().skip(1).toList();
            int households = api.get(ROUNDS + "/" + id, cadre).json().get("households").asInt();
            assertThat(rows).as("a slip for every household but the one that voted").hasSize(households - 1);
            String reprinted = rows.get(0).split(",")[1];
            assertThat(reprinted).as("in groups of four").matches("[2-9A-Z]{4}( [2-9A-Z]{4}){4}");

            HttpResponse<byte[]> sheet = api.downloadPosted(ROUNDS + "/" + id + "/slips/print?format=pdf", cadre);
            assertThat(sheet.statusCode()).isEqualTo(200);
            String scanned;
            try (PDDocument document = Loader.loadPDF(sheet.body())) {
                assertThat(document.getPage(0).getMediaBox().getWidth()).as("A4").isBetween(594f, 596f);
                assertThat(new PDFTextStripper().getText(document)).contains(title, "住户：", "/ballot");
                BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
                ImageIO.write(page, "png", Files.createDirectories(Path.of(System.getProperty("weimin.screenshots-dir", "target/screenshots"))).resolve("voting-slips.png").toFile());
                scanned = firstQrCode(page);
            }
            assertThat(scanned).as("the QR code opens this round's ballot with the slip's code")
                    .startsWith("http://localhost:8080/t/wangjiang/evaluation/rounds/" + id + "/ballot?slip=");

            EvaluationPages.Board board = EvaluationPages.Board.open(phone, api, "wangjiang");
            assertThat(board.invitations()).contains(title, "已有 1 户参加");
            EvaluationPages.Ballot typed = board.takePartIn(title);
            assertThat(typed.asksForSlip()).isTrue();
            typed.send();
            assertThat(typed.errorOf(null, null)).contains("评议码");
            typed.typeSlip(reprinted);
            fill(typed, appraisal, review, "满意");
            typed.send();
            assertThat(typed.errorOf(null, null)).as("printing the sheet replaced the CSV's codes").contains("号码不对");

            phone.open(api.uri(scanned.substring("http://localhost:8080".length())).toString());
            EvaluationPages.Ballot ballot = new EvaluationPages.Ballot(phone);
            ballot.send();
            assertThat(ballot.errorOf(appraisal, "verdict")).as("each question that needs an answer says so").isNotBlank();
            fill(ballot, appraisal, review, "满意");
            phone.look("ballot-phone");
            ballot.send();
            assertThat(ballot.thanks()).contains("收到");
            phone.look("ballot-phone-thanks");

            phone.open(api.uri(scanned.substring("http://localhost:8080".length())).toString());
            EvaluationPages.Ballot again = new EvaluationPages.Ballot(phone);
            fill(again, appraisal, review, "不满意");
            again.send();
            phone.waitForText(By.tagName("vaadin-notification-card"), "已经参加过");

            phone.open(api.uri("/t/daguan/evaluation/rounds/" + id + "/ballot").toString());
            phone.waitFor(By.id("not-found"));
            phone.open(api.uri("/t/wangjiang/evaluation/rounds/not-a-round/ballot").toString());
            phone.waitFor(By.id("not-found"));

            rounds.reload().close(title);
            office.waitFor(By.xpath("//div[contains(@class,'board-round')][.//h2[contains(., '" + title + "')]]"));
            assertThat(office.pageText()).contains("2 户参加了居民评议");
            assertThat(api.get(ROUNDS + "/" + id, cadre).json().get("ballots").asInt()).isEqualTo(2);
            phone.open(api.uri("/t/wangjiang/evaluation/rounds/" + id + "/ballot").toString());
            phone.waitFor(By.id("ballot-ended"));
        }

        assertThat(field(api.post(ROUNDS + "/" + id + "/slips/print?format=docx", cadre, ""))).isEqualTo("format");
        assertThat(api.downloadPosted(ROUNDS + "/" + id + "/slips/print", api.signIn("wangjiang", "resident3", "demo1234")).statusCode())
                .as("only the cadre prints slips").isEqualTo(403);
        assertThat(api.downloadPosted("/api/v1/t/daguan/evaluation/rounds/" + id + "/slips/print", api.signIn("daguan", "cadre", "demo1234"))
                .statusCode()).as("another community's cadre finds no such round").isEqualTo(404);
        assertThat(api.downloadPosted(ROUNDS + "/" + id + "/slips/print", null).statusCode()).isEqualTo(401);
    }

    /** What a phone's camera reads from the first slip on the sheet. */
    private static String firstQrCode(BufferedImage page) throws Exception {
        BufferedImage firstSlip = page.getSubimage(0, 0, page.getWidth() / 2, page.getHeight() / 4);
        int[] pixels = firstSlip.getRGB(0, 0, firstSlip.getWidth(), firstSlip.getHeight(), null, 0, firstSlip.getWidth());
        LuminanceSource source = new RGBLuminanceSource(firstSlip.getWidth(), firstSlip.getHeight(), pixels);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
    }

    private static void fill(EvaluationPages.Ballot ballot, String appraisal, String review, String verdict) {
        ballot.choose(appraisal, "verdict", verdict);
        for (String aspect : List.of("satisfaction", "timeliness", "communication")) {
            ballot.choose(review, aspect, "满意");
        }
    }
}
