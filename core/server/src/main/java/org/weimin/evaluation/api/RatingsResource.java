package org.weimin.evaluation.api;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.weimin.evaluation.application.RateNeeds;
import org.weimin.evaluation.application.RatingViews;
import org.weimin.evaluation.application.ReturnVisits;
import org.weimin.evaluation.model.Satisfaction;
import org.weimin.identity.api.Callers;
import org.weimin.platform.api.AtMost;
import org.weimin.platform.api.PathIds;
import org.weimin.shared.InvalidInputException;
import org.weimin.tenancy.model.CommunityId;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** Residents rate their resolved needs (满意 / 基本满意 / 不满意); staff visit the dissatisfied back (回访). */
@Path("/v1/t/{community}/ratings")
@Tag(name = "Evaluation")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class RatingsResource {

    /** @param satisfaction SATISFIED, BASICALLY_SATISFIED or DISSATISFIED */
    public record RatingBody(@AtMost(30) String satisfaction, @AtMost(500) String comment) {
    }

    public record VisitBody(@AtMost(1000) String outcome, Boolean putRight) {
    }

    @Inject
    RateNeeds rating;

    @Inject
    ReturnVisits visits;

    @Inject
    Callers callers;

    @Context
    SecurityContext security;

    @PUT
    @Path("/needs/{needId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rate a confirmed or closed need (its resident, or one who has it too); again within 7 days to change it")
    public RatingViews.Rating rate(@PathParam("community") CommunityId community, @PathParam("needId") String needId, @Valid RatingBody body) {
        return rating.rate(community, callers.require(security), uuid(needId), satisfaction(body == null ? null : body.satisfaction()),
                body == null ? null : body.comment());
    }

    @GET
    @Path("/needs/{needId}")
    @Operation(summary = "The signed-in resident's rating of the need, or 204 when they have not rated it")
    public Response mine(@PathParam("community") CommunityId community, @PathParam("needId") String needId) {
        return rating.mine(community, callers.require(security), uuid(needId)).map(r -> Response.ok(r).build())
                .orElse(Response.noContent().build());
    }

    @GET
    @Path("/return-visits")
    @Operation(summary = "不满意 ratings waiting for a return visit, oldest first, each need marked red when rated 不满意 twice in a row (staff)")
    public List<RatingViews.Visit> due(@PathParam("community") CommunityId community) {
        return visits.due(community, callers.require(security));
    }

    @POST
    @Path("/return-visits/{ratingId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a return visit (staff): what it found, and whether the problem is now put right")
    public RatingViews.Rating visit(@PathParam("community") CommunityId community, @PathParam("ratingId") String ratingId, @Valid VisitBody body) {
        if (body == null || body.putRight() == null) {
            throw new InvalidInputException("putRight", "send {\"outcome\": ..., \"putRight\": true or false}");
        }
        return visits.record(community, callers.require(security), uuid(ratingId), body.outcome(), body.putRight());
    }

    private static UUID uuid(String id) {
        return PathIds.uuid(id, "no such need or rating here");
    }

    private static Satisfaction satisfaction(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("satisfaction", "is missing: SATISFIED, BASICALLY_SATISFIED or DISSATISFIED");
        }
        try {
            return Satisfaction.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("satisfaction", "is " + value + ": SATISFIED, BASICALLY_SATISFIED or DISSATISFIED");
        }
    }
}
