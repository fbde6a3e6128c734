package org.weimin.ui.fund;

import java.util.Locale;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.weimin.fund.application.FundReports;
import org.weimin.fund.application.FundViews;
import org.weimin.platform.api.Days;
import org.weimin.shared.InvalidInputException;
import org.weimin.tenancy.application.CommunityAdministration;
import org.weimin.tenancy.application.CommunityNotFoundException;
import org.weimin.tenancy.model.Community;
import org.weimin.tenancy.model.CommunityId;
import org.weimin.ui.shell.Downloads;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/** The public statement as a download, for anyone: CSV, XLSX or an A4 PDF for the notice board, in Chinese or English. */
@Path("/v1/t/{community}/fund/statement/export")
@Tag(name = "Micro-fund")
public class StatementExportResource {

    @Inject
    FundReports reports;

    @Inject
    CommunityAdministration communities;

    @Inject
    @ConfigProperty(name = "weimin.pdf-font", defaultValue = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0")
    String font;

    @GET
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/pdf"})
    @Operation(summary = "The statement of a period (from and to are days; this year by default) as format=csv, xlsx or pdf; lang=zh or en")
    public Response export(@PathParam("community") CommunityId community, @QueryParam("format") @DefaultValue("csv") String format,
                           @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("lang") @DefaultValue("zh") String lang) {
        FundViews.Statement statement = reports.statement(community, Days.parse(from, "from"), Days.parse(to, "to"));
        Community shown = communities.find(community.value()).orElseThrow(() -> new CommunityNotFoundException(community.value()));
        Locale locale = "en".equals(lang) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        StatementDocuments documents = new StatementDocuments(statement, shown.name(locale), shown.timeZone(), locale);
        String name = "fund-" + community.value() + "-" + statement.from() + "-" + statement.to();
        return switch (format) {
            case "csv" -> Downloads.attachment(documents.csv(), Downloads.CSV, name + ".csv");
            case "xlsx" -> Downloads.attachment(documents.xlsx(), Downloads.XLSX, name + ".xlsx");
            case "pdf" -> Downloads.pdf(font, documents::pdf, name + ".pdf", "the CSV and XLSX downloads work");
            default -> throw new InvalidInputException("format", "is " + format + ": csv, xlsx or pdf");
        };
    }
}
