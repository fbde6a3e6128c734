package org.weimin.ui.evaluation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.weimin.evaluation.application.RoundSlips;
import org.weimin.evaluation.application.RoundViews;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The voting slips (评议票) a grid worker hands to each household: eight to an A4 sheet with dashed cut lines, each with
 * the household, the code in groups of four, a QR code that opens the ballot with the code filled in and where to vote; or a CSV for a mail merge. The codes exist only here.
 */
final class SlipDocuments {

    private static final int SLIPS_PER_ROW = 2;

    private final RoundViews.Round round;
    private final List<RoundSlips.Slip> slips;
    private final String communityName;
    private final String ballotUrl;
    private final ResourceBundle words;

    SlipDocuments(RoundViews.Round round, List<RoundSlips.Slip> slips, String communityName, String ballotUrl, Locale locale) {
        this.round = round;
        this.slips = slips;
        this.communityName = communityName;
        this.ballotUrl = ballotUrl;
        this.words = ResourceBundle.getBundle("vaadin-i18n.translations", locale);
    }

    byte[] csv() {
        StringWriter out = new StringWriter();
        // A byte-order mark, so spreadsheet programs read the Chinese as UTF-8.
        out.write('\ufeff');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(word("slips.household"), word("slips.code"), word("slips.round"), word("slips.until"), word("slips.where"));
            for (RoundSlips.Slip slip : slips) {
                printer.printRecord(slip.household(), grouped(slip.code()), round.title(), round.collectUntil(), ballotUrl);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** @param font an installed font with Chinese glyphs (a .ttf, or a .ttc with the face's index) */
    byte[] pdf(String font) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Document document = new Document(PageSize.A4, 24, 24, 24, 24);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.open();
            BaseFont base = BaseFont.createFont(font, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            PdfPTable sheet = new PdfPTable(SLIPS_PER_ROW);
            sheet.setWidthPercentage(100);
            for (RoundSlips.Slip slip : slips) {
                sheet.addCell(slip(slip, base, writer.getDirectContent()));
            }
            if (slips.size() % SLIPS_PER_ROW != 0) {
                PdfPCell blank = new PdfPCell();
                blank.setBorder(Rectangle.NO_BORDER);
                sheet.addCell(blank);
            }
            if (slips.isEmpty()) {
                document.add(new Paragraph(word("slips.none"), new Font(base, 12)));
            } else {
                document.add(sheet);
            }
            document.close();
            return out.toByteArray();
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("the voting slips could not be written", e);
        }
    }

    private PdfPCell slip(RoundSlips.Slip slip, BaseFont base, PdfContentByte canvas) throws DocumentException {
        PdfPCell cell = new PdfPCell();
        cell.setCellEvent(new com.lowagie.text.pdf.PdfPCellEvent() {
            @Override
            public void cellLayout(PdfPCell drawn, Rectangle position, PdfContentByte[] canvases) {
                PdfContentByte line = canvases[PdfPTable.LINECANVAS];
                line.setLineDash(4, 3);
                line.rectangle(position.getLeft(), position.getBottom(), position.getWidth(), position.getHeight());
                line.stroke();
            }
        });
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(10);
        cell.setFixedHeight(196);
        cell.addElement(new Paragraph(communityName + " · " + round.title(), new Font(base, 11, Font.BOLD)));
        PdfPTable middle = new PdfPTable(new float[] {1.6f, 1f});
        middle.setWidthPercentage(100);
        PdfPCell words = new PdfPCell();
        words.setBorder(Rectangle.NO_BORDER);
        words.addElement(new Paragraph(format("slips.for", slip.household()), new Font(base, 11)));
        Paragraph scanHint = new Paragraph(word("slips.scan"), new Font(base, 9));
        scanHint.setSpacingBefore(8);
        words.addElement(scanHint);
        middle.addCell(words);
        PdfPCell scan = new PdfPCell(qrCode(ballotUrl + "?slip=" + slip.code(), canvas));
        scan.setBorder(Rectangle.NO_BORDER);
        scan.setHorizontalAlignment(Element.ALIGN_RIGHT);
        middle.addCell(scan);
        cell.addElement(middle);
        cell.addElement(new Paragraph(grouped(slip.code()), new Font(base, 15, Font.BOLD)));
        Font small = new Font(base, 8f);
        cell.addElement(new Paragraph(format("slips.how", ballotUrl, round.collectUntil().toString()), small));
        return cell;
    }

    /** The QR code a phone's camera (or WeChat's scanner) opens the ballot with, the slip's code filled in; drawn as vector squares. */
    private static Image qrCode(String link, PdfContentByte canvas) throws DocumentException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(link, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 1, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IllegalStateException("the ballot link does not fit in a QR code", e);
        }
        float module = 88f / matrix.getWidth();
        PdfTemplate drawing = canvas.createTemplate(matrix.getWidth() * module, matrix.getHeight() * module);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    drawing.rectangle(x * module, (matrix.getHeight() - 1 - y) * module, module, module);
                }
            }
        }
        drawing.fill();
        return Image.getInstance(drawing);
    }

    private static String grouped(String code) {
        return String.join(" ", code.split("(?<=\\G.{4})"));
    }

    private String format(String key, String... values) {
        String pattern = word(key);
        for (int i = 0; i < values.length; i++) {
            pattern = pattern.replace("{" + i + "}", values[i]);
        }
        return pattern;
    }

    private String word(String key) {
        return words.containsKey(key) ? words.getString(key) : key;
    }
}
