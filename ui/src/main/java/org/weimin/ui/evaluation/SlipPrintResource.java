package org.weimin.ui.evaluation;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.weimin.evaluation.application.EvaluationRounds;
import org.weimin.evaluation.application.RoundSlips;
import org.weimin.evaluation.application.RoundViews;
import org.weimin.identity.api.Callers;
import org.weimin.identity.model.Caller;
import org.weimin.platform.api.PathIds;
import org.weimin.shared.InvalidInputException;
import org.weimin.tenancy.application.CommunityAdministration;
import org.weimin.tenancy.application.CommunityNotFoundException;
import org.weimin.tenancy.model.Community;
import org.weimin.tenancy.model.CommunityId;
import org.weimin.ui.shell.Downloads;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * The cadre prints the round's voting slips to hand out (a POST: printing issues new codes and the old ones stop
 * working): an A4 PDF of cut-out slips, or CSV, in Chinese or English. The format is checked before any code changes.
 */
@Path("/v1/t/{community}/evaluation/rounds/{id}/slips/print")
@Tag(name = "Evaluation rounds")
public class SlipPrintResource {

    @Inject
    RoundSlips slips;

    @Inject
    EvaluationRounds rounds;

    @Inject
    CommunityAdministration communities;

    @Inject
    Callers callers;

    @Inject
    @ConfigProperty(name = "weimin.pdf-font", defaultValue = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0")
    String font;

    @Inject
    @ConfigProperty(name = "weimin.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Context
    SecurityContext security;

    @POST
    @Produces({"application/pdf", "text/csv"})
    @Operation(summary = "Print a voting slip for every household that has not voted (the cadre) as format=pdf (A4, eight to a sheet) or csv; "
            + "lang=zh or en; printing again replaces the codes")
    public Response print(@PathParam("community") CommunityId community, @PathParam("id") String id,
                          @QueryParam("format") @DefaultValue("pdf") String format, @QueryParam("lang") @DefaultValue("zh") String lang) {
        if (!List.of("pdf", "csv").contains(format)) {
            throw new InvalidInputException("format", "is " + format + ": pdf or csv");
        }
        if ("pdf".equals(format) && !org.weimin.ui.shell.PdfFont.isInstalled(font)) {
            return Downloads.pdfUnavailable("the CSV download works");
        }
        Caller caller = callers.require(security);
        UUID roundId = PathIds.uuid(id, "no evaluation round " + id + " here");
        List<RoundSlips.Slip> printed = slips.print(community, caller, roundId);
        RoundViews.Round round = rounds.round(community, caller, roundId);
        Community shown = communities.find(community.value()).orElseThrow(() -> new CommunityNotFoundException(community.value()));
        Locale locale = "en".equals(lang) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        String ballot = publicUrl.replaceAll("/+$", "") + "/t/" + community.value() + "/evaluation/rounds/" + roundId + "/ballot";
        SlipDocuments documents = new SlipDocuments(round, printed, shown.name(locale), ballot, locale);
        String name = "voting-slips-" + community.value() + "-" + round.periodStart();
        return "csv".equals(format) ? Downloads.attachment(documents.csv(), Downloads.CSV, name + ".csv")
                : Downloads.attachment(documents.pdf(font), "application/pdf", name + ".pdf");
    }
}
