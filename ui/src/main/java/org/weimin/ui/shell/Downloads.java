package org.weimin.ui.shell;

import java.util.function.Function;

import org.weimin.platform.api.ErrorBody;

import jakarta.ws.rs.core.Response;

/** Files the export endpoints hand out: an attachment the browser saves under its name, and PDFs only where the server has the font. */
public final class Downloads {

    public static final String CSV = "text/csv; charset=UTF-8";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {
    }

    public static Response attachment(byte[] body, String type, String fileName) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

    /**
     * @param writer writes the PDF with the font it is given
     * @param otherFormats what the caller can download instead, named in the refusal ("the CSV download works")
     */
    public static Response pdf(String font, Function<String, byte[]> writer, String fileName, String otherFormats) {
        return PdfFont.isInstalled(font) ? attachment(writer.apply(font), "application/pdf", fileName) : pdfUnavailable(otherFormats);
    }

    public static Response pdfUnavailable(String otherFormats) {
        return ErrorBody.response(Response.Status.SERVICE_UNAVAILABLE, "pdf_unavailable",
                "this server cannot write the PDF: its Chinese font is not installed (weimin.pdf-font); " + otherFormats);
    }
}
