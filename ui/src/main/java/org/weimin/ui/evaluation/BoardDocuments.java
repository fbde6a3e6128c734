package org.weimin.ui.evaluation;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.weimin.evaluation.application.RoundViews;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * A published round's results as documents: an A4 poster for the physical notice board (张榜公开) and a CSV with one row
 * per figure, both in the community's language, both saying which version they show and how many took part.
 */
final class BoardDocuments {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final RoundViews.Board board;
    private final String communityName;
    private final ZoneId zone;
    private final Locale locale;
    private final ResourceBundle words;

    BoardDocuments(RoundViews.Board board, String communityName, ZoneId zone, Locale locale) {
        this.board = board;
        this.communityName = communityName;
        this.zone = zone;
        this.locale = locale;
        this.words = ResourceBundle.getBundle("vaadin-i18n.translations", locale);
    }

    byte[] csv() {
        StringWriter out = new StringWriter();
        // A byte-order mark, so spreadsheet programs read the Chinese as UTF-8.
        out.write('\ufeff');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(word("board.export.round"), word("board.export.version"), word("board.export.subject"), word("board.export.method"),
                    word("board.export.score"), word("board.export.weight"), word("board.export.participants"), word("board.export.explanation"));
            for (RoundViews.SubjectResult result : board.results()) {
                for (RoundViews.Figure figure : figures(result)) {
                    printer.printRecord(board.round().title(), board.version().number(), result.subject().title(), method(figure), figure.score(),
                            figure.weight(), figure.participants(), figure.explanation().in(locale));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** @param font an installed font with Chinese glyphs (a .ttf, or a .ttc with the face's index) */
    byte[] poster(String font) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Document document = new Document(PageSize.A4, 42, 42, 48, 42);
            PdfWriter.getInstance(document, out);
            document.open();
            BaseFont base = BaseFont.createFont(font, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            Font title = new Font(base, 20, Font.BOLD);
            Font heading = new Font(base, 13, Font.BOLD);
            Font big = new Font(base, 28, Font.BOLD, new Color(0, 82, 155));
            Font text = new Font(base, 10.5f);
            Font small = new Font(base, 8.5f);
            Paragraph top = new Paragraph(format("board.poster.title", communityName, board.round().title()), title);
            top.setAlignment(Element.ALIGN_CENTER);
            document.add(top);
            Paragraph period = new Paragraph(format("board.period", board.round().periodStart().toString(), board.round().periodEnd().toString()), text);
            period.setAlignment(Element.ALIGN_CENTER);
            document.add(period);
            document.add(new Paragraph(format("board.participation", Integer.toString(board.ballots()), Integer.toString(board.households())), text));
            RoundViews.Ratings r = board.ratings();
            document.add(new Paragraph(format("board.ratings", Integer.toString(r.total()), Integer.toString(r.satisfied()),
                    Integer.toString(r.basicallySatisfied()), Integer.toString(r.dissatisfied())), text));
            for (RoundViews.SubjectResult result : board.results()) {
                Paragraph subject = new Paragraph(result.subject().title(), heading);
                subject.setSpacingBefore(12);
                document.add(subject);
                document.add(new Paragraph(format("board.overall", Integer.toString(result.overall().score()),
                        Integer.toString(result.overall().participants())), big));
                document.add(new Paragraph(result.overall().explanation().in(locale), small));
                PdfPTable table = new PdfPTable(new float[] {2.2f, 0.8f, 0.8f, 1f, 4.2f});
                table.setWidthPercentage(100);
                table.setSpacingBefore(6);
                for (String column : List.of("board.export.method", "board.export.score", "board.export.weight", "board.export.participants",
                        "board.export.explanation")) {
                    PdfPCell cell = new PdfPCell(new Paragraph(word(column), small));
                    cell.setBackgroundColor(new Color(235, 238, 242));
                    table.addCell(cell);
                }
                for (RoundViews.Figure figure : result.methods()) {
                    table.addCell(new Paragraph(method(figure), small));
                    table.addCell(new Paragraph(Integer.toString(figure.score()), small));
                    table.addCell(new Paragraph(Integer.toString(figure.weight()), small));
                    table.addCell(new Paragraph(Integer.toString(figure.participants()), small));
                    table.addCell(new Paragraph(figure.explanation().in(locale), small));
                }
                document.add(table);
            }
            if (!board.reentered().isEmpty()) {
                Paragraph loop = new Paragraph(format("board.reentered", Integer.toString(board.reentered().size())), text);
                loop.setSpacingBefore(12);
                document.add(loop);
            }
            Paragraph version = new Paragraph(version(), small);
            version.setSpacingBefore(16);
            document.add(version);
            document.close();
            return out.toByteArray();
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("the poster could not be written", e);
        }
    }

    private String version() {
        RoundViews.Version v = board.version();
        String published = format("board.version", Integer.toString(v.number()), DAY.format(v.publishedAt().atZone(zone)));
        return v.change() == null ? published : published + " " + format("board.version.correction", v.change(), v.reason());
    }

    private List<RoundViews.Figure> figures(RoundViews.SubjectResult result) {
        List<RoundViews.Figure> all = new ArrayList<>(result.methods());
        all.add(result.overall());
        return all;
    }

    private String method(RoundViews.Figure figure) {
        return figure.methodName() == null ? word("board.weighted") : figure.methodName().in(locale);
    }

    private String format(String key, String... values) {
        String pattern = word(key);
        for (int i = 0; i < values.length; i++) {
            pattern = pattern.replace("{" + i + "}", values[i] == null ? "" : values[i]);
        }
        return pattern;
    }

    private String word(String key) {
        return words.containsKey(key) ? words.getString(key) : key;
    }
}
