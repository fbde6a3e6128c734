package org.weimin.ui.fund;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.weimin.fund.application.FundViews;
import org.weimin.fund.model.Side;
import org.weimin.ui.shell.Money;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * A period's public statement as documents to download or post on the notice board: CSV and XLSX with one row per
 * entry (amounts in fen and in yuan, its hashes, so a spreadsheet can recompute the chain), and an A4 PDF in the
 * community's language with the chain head printed at the bottom.
 */
final class StatementDocuments {

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final FundViews.Statement statement;
    private final String communityName;
    private final ZoneId zone;
    private final ResourceBundle words;

    StatementDocuments(FundViews.Statement statement, String communityName, ZoneId zone, Locale locale) {
        this.statement = statement;
        this.communityName = communityName;
        this.zone = zone;
        this.words = ResourceBundle.getBundle("vaadin-i18n.translations", locale);
    }

    private List<String> header() {
        return List.of(word("fund.export.seq"), word("fund.export.time"), word("fund.export.kind"), word("fund.export.amount-fen"),
                word("fund.export.amount"), word("fund.export.from"), word("fund.export.to"), word("fund.export.donor"),
                word("fund.export.document"), word("fund.export.reason"), word("fund.export.previous-hash"), word("fund.export.hash"));
    }

    private List<String> row(FundViews.Entry e) {
        return List.of(Long.toString(e.seq()), DAY_TIME.format(e.recordedAt().atZone(zone)), word("fund-entry." + e.kind().name()),
                Long.toString(e.amountFen()), Money.yuan(e.amountFen()), account(e, Side.DEBIT), account(e, Side.CREDIT),
                e.donor() == null ? "" : e.donor().name() == null ? word("fund.anonymous") : e.donor().name(),
                e.document() == null ? "" : e.document(), e.reason(), e.previousHash(), e.hash());
    }

    private String account(FundViews.Entry e, Side side) {
        return e.lines().stream().filter(l -> l.side() == side).findFirst()
                .map(l -> word("fund-account." + l.accountKind().name()) + (l.accountName() == null ? "" : "：" + l.accountName())).orElse("");
    }

    byte[] csv() {
        StringWriter out = new StringWriter();
        // A byte-order mark, so spreadsheet programs read the Chinese as UTF-8.
        out.write('\ufeff');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(header());
            for (FundViews.Entry e : statement.entries()) {
                printer.printRecord(row(e));
            }
            printer.printRecord(word("fund.export.head"), statement.headSeq(), statement.headHash());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    byte[] xlsx() {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet summary = book.createSheet(word("fund.statement.summary"));
            int r = 0;
            for (List<String> line : summaryLines()) {
                Row row = summary.createRow(r++);
                row.createCell(0).setCellValue(line.get(0));
                row.createCell(1).setCellValue(line.get(1));
            }
            Sheet entries = book.createSheet(word("fund.statement.entries"));
            write(entries.createRow(0), header());
            int i = 1;
            for (FundViews.Entry e : statement.entries()) {
                Row row = entries.createRow(i++);
                write(row, row(e));
                row.getCell(3).setCellValue(e.amountFen());
            }
            summary.autoSizeColumn(0);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<String> values) {
        for (int c = 0; c < values.size(); c++) {
            row.createCell(c).setCellValue(values.get(c));
        }
    }

    private List<List<String>> summaryLines() {
        return List.of(List.of(word("fund.export.community"), communityName),
                List.of(word("fund.period"), statement.from() + " — " + statement.to()),
                List.of(word("fund.export.subsidy"), Money.yuan(statement.subsidyReceivedFen())),
                List.of(word("fund.export.donations"), Money.yuan(statement.donationsReceivedFen())),
                List.of(word("fund.export.leverage"), statement.leverage() == null ? "—" : statement.leverage().toPlainString()),
                List.of(word("fund.export.matched"), Money.yuan(statement.matchedFen())),
                List.of(word("fund.export.committed"), Money.yuan(statement.committedFen())),
                List.of(word("fund.export.disbursed"), Money.yuan(statement.disbursedFen())),
                List.of(word("fund.export.refunded"), Money.yuan(statement.refundedFen())),
                List.of(word("fund.export.head"), word("fund.entry.seq").replace("{0}", Long.toString(statement.headSeq()))),
                List.of(word("fund.export.hash"), statement.headHash()),
                List.of(word("fund.chain"), word(statement.chainIntact() ? "fund.chain.intact" : "fund.chain.broken")));
    }

    /** @param font an {@link org.weimin.ui.shell.PdfFont#isInstalled installed} font with Chinese glyphs */
    byte[] pdf(String font) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Document document = new Document(PageSize.A4, 36, 36, 42, 42);
            PdfWriter.getInstance(document, out);
            document.open();
            BaseFont base = BaseFont.createFont(font, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            Font title = new Font(base, 16, Font.BOLD);
            Font text = new Font(base, 10);
            Font small = new Font(base, 8);
            Paragraph heading = new Paragraph(word("fund.statement.title").replace("{0}", communityName), title);
            heading.setAlignment(Element.ALIGN_CENTER);
            document.add(heading);
            for (List<String> line : summaryLines().subList(1, 9)) {
                document.add(new Paragraph(line.get(0) + "：" + line.get(1), text));
            }
            PdfPTable table = new PdfPTable(new float[] {0.6f, 1.6f, 1.4f, 1.3f, 2.4f, 2.4f, 1.4f});
            table.setWidthPercentage(100);
            table.setSpacingBefore(8);
            List<String> columns = List.of(word("fund.export.seq"), word("fund.export.time"), word("fund.export.kind"), word("fund.export.amount"),
                    word("fund.export.from"), word("fund.export.to"), word("fund.export.donor"));
            columns.forEach(c -> {
                com.lowagie.text.pdf.PdfPCell cell = new com.lowagie.text.pdf.PdfPCell(new Paragraph(c, small));
                cell.setBackgroundColor(new Color(235, 238, 242));
                table.addCell(cell);
            });
            for (FundViews.Entry e : statement.entries()) {
                List<String> row = row(e);
                for (int c : new int[] {0, 1, 2, 4, 5, 6, 7}) {
                    table.addCell(new Paragraph(row.get(c), small));
                }
            }
            document.add(table);
            document.add(new Paragraph(" ", text));
            document.add(new Paragraph(word("fund.chain.head").replace("{0}", Long.toString(statement.headSeq())), text));
            document.add(new Paragraph(statement.headHash(), small));
            document.add(new Paragraph(word(statement.chainIntact() ? "fund.chain.intact" : "fund.chain.broken"), text));
            document.close();
            return out.toByteArray();
        } catch (IOException | com.lowagie.text.DocumentException e) {
            throw new IllegalStateException("the statement's PDF could not be written", e);
        }
    }

    private String word(String key) {
        return words.containsKey(key) ? words.getString(key) : key;
    }
}
