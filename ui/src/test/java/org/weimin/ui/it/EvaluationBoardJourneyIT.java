package org.weimin.ui.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.weimin.ui.it.Api.field;

import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The public board (张榜公开) of the demo community's closed round, read without signing in on a phone and a desk, and its
 * A4 poster for the notice board: downloaded, rendered to an image and read back.
 */
class EvaluationBoardJourneyIT extends PlatformApiTest {

    private static final String ROUNDS = "/api/v1/t/wangjiang/evaluation/rounds";

    @Test
    void anyoneReadsTheBoardOnAPhoneAndPrintsItsPoster() throws Exception {
        String staff = api.signIn("wangjiang", "cadre", "demo1234");
        JsonNode round = java.util.stream.StreamSupport.stream(api.get(ROUNDS, staff).json().spliterator(), false)
                .filter(r -> r.get("published").asBoolean()).findFirst().orElseThrow();
        String id = round.get("id").asText();
        String title = round.get("title").asText();
        try (Browser phone = new Browser(390, 844); Browser desk = new Browser(1440, 900)) {
            phone.open(api.uri("/t/wangjiang/evaluation").toString());
            phone.waitFor(By.cssSelector(".board-round"));
            assertThat(phone.pageText()).contains(title, "综合得分", "户参加了居民评议", "第 1 版", "下载张贴海报")
                    .doesNotContain("resident1", "household");
            phone.look("evaluation-board-phone");
            desk.open(api.uri("/t/wangjiang/evaluation").toString());
            desk.waitFor(By.cssSelector(".board-round"));
            desk.look("evaluation-board-desk");
            desk.open(api.uri("/t/nowhere/evaluation").toString());
            desk.waitFor(By.id("not-found"));
        }

        HttpResponse<byte[]> poster = api.download(ROUNDS + "/" + id + "/board/export?format=pdf", null);
        assertThat(poster.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(poster.body())) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).as("A4").isBetween(594f, 596f);
            assertThat(new PDFTextStripper().getText(document)).contains(title, "综合得分", "参评");
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 72);
            Path image = Path.of(System.getProperty("weimin.screenshots-dir", "target/screenshots")).resolve("evaluation-poster.png");
            Files.createDirectories(image.getParent());
            ImageIO.write(page, "png", image.toFile());
            assertThat(inked(page)).as("the poster has print on it, not a blank page").isGreaterThan(0.01);
        }
        HttpResponse<byte[]> csv = api.download(ROUNDS + "/" + id + "/board/export?format=csv&lang=en", null);
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains("Round,Version,Subject,Method,Score,Weight,Took part", title);
        assertThat(field(api.get(ROUNDS + "/" + id + "/board/export?format=docx", null))).isEqualTo("format");
        assertThat(api.get("/api/v1/t/daguan/evaluation/rounds/" + id + "/board/export", null).status()).as("another community's round")
                .isEqualTo(404);
    }

    /** The share of the page's pixels that are not near white. */
    private static double inked(BufferedImage page) {
        long dark = 0;
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                int rgb = page.getRGB(x, y);
                if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 600) {
                    dark++;
                }
            }
        }
        return (double) dark / ((long) page.getWidth() * page.getHeight());
    }
}
