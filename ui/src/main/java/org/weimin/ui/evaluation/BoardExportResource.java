package org.weimin.ui.evaluation;

import java.util.Locale;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.weimin.evaluation.application.RoundBoard;
import org.weimin.evaluation.application.RoundViews;
import org.weimin.platform.api.PathIds;
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

/** A published round's results as a download, for anyone: the A4 poster for the notice board (PDF) or CSV, in Chinese or English. */
@Path("/v1/t/{community}/evaluation/rounds/{id}/board/export")
@Tag(name = "Evaluation rounds")
public class BoardExportResource {

    @Inject
    RoundBoard boards;

    @Inject
    CommunityAdministration communities;

    @Inject
    @ConfigProperty(name = "weimin.pdf-font", defaultValue = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0")
    String font;

    @GET
    @Produces({"text/csv", "application/pdf"})
    @Operation(summary = "The round's published results (the latest version, or version=n) as format=pdf (an A4 poster) or csv; lang=zh or en")
    public Response export(@PathParam("community") CommunityId community, @PathParam("id") String id,
                           @QueryParam("format") @DefaultValue("pdf") String format, @QueryParam("version") Integer version,
                           @QueryParam("lang") @DefaultValue("zh") String lang) {
        RoundViews.Board board = boards.board(community, PathIds.uuid(id, "no evaluation round " + id + " here"), version);
        Community shown = communities.find(community.value()).orElseThrow(() -> new CommunityNotFoundException(community.value()));
        Locale locale = "en".equals(lang) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        BoardDocuments documents = new BoardDocuments(board, shown.name(locale), shown.timeZone(), locale);
        String name = "evaluation-" + community.value() + "-" + board.round().periodStart() + "-v" + board.version().number();
        return switch (format) {
            case "csv" -> Downloads.attachment(documents.csv(), Downloads.CSV, name + ".csv");
            case "pdf" -> Downloads.pdf(font, documents::poster, name + ".pdf", "the CSV download works");
            default -> throw new InvalidInputException("format", "is " + format + ": pdf or csv");
        };
    }
}
