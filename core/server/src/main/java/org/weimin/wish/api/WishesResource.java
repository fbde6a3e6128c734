package org.weimin.wish.api;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.weimin.identity.api.Callers;
import org.weimin.identity.model.Caller;
import org.weimin.platform.api.AtMost;
import org.weimin.platform.api.BodyIds;
import org.weimin.platform.api.ErrorBody;
import org.weimin.platform.api.PathIds;
import org.weimin.shared.InvalidInputException;
import org.weimin.tenancy.model.CommunityId;
import org.weimin.wish.application.ActOnClaims;
import org.weimin.wish.application.ClaimPeriodSettings;
import org.weimin.wish.application.ClaimWishes;
import org.weimin.wish.application.ConfirmWishes;
import org.weimin.wish.application.PublishWishes;
import org.weimin.wish.application.WishViews;
import org.weimin.wish.application.WishWall;
import org.weimin.wish.model.ClaimMode;
import org.weimin.wish.model.ClaimPeriods;
import org.weimin.wish.model.ClaimerKind;
import org.weimin.wish.model.WishPhoto;
import org.weimin.wish.model.WishStatus;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * The wish wall (微心愿) of a community: read without signing in; claims (认领) by volunteers and cadres, given by
 * staff to volunteers, teams, organisations and cadres; fulfilment with proof; confirmation for the resident.
 */
@Path("/v1/t/{community}")
@Tag(name = "Wishes and volunteers")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class WishesResource {

    /**
     * @param needId the need, triaged as a wish
     * @param text what the wall says (no names or door numbers); the need's words when empty
     * @param shownAs how the resident is named on the wall; 居民 when empty
     * @param onWall false keeps it private: only staff give it to a claimer
     * @param claimersWanted how many claimers share it (group claims), 1 when absent
     */
    public record Publication(@AtMost(40) String needId, @AtMost(500) String text, @AtMost(10) String shownAs, Boolean onWall,
                              Integer claimersWanted) {
    }

    /** @param teamId claim in the name of one's volunteer team */
    public record ClaimRequest(@AtMost(40) String teamId) {
    }

    /** @param kind VOLUNTEER, TEAM, ORGANIZATION or CADRE; id for the first three, username for a cadre */
    public record AssignRequest(@AtMost(20) String kind, @AtMost(40) String id, @AtMost(50) String username,
                                @AtMost(40) String memberId, @AtMost(40) String mode) {
    }

    public record Fulfilment(@AtMost(1000) String note, Integer minutes) {
    }

    public record Reason(@AtMost(500) String reason) {
    }

    public record Thanks(@AtMost(500) String thanks, @AtMost(2000) String story, Boolean publishStory) {
    }

    public record Periods(Integer contactWithinDays, Integer fulfilWithinDays) {
    }

    @Inject
    WishWall wall;

    @Inject
    PublishWishes publishing;

    @Inject
    ClaimWishes claiming;

    @Inject
    ActOnClaims claims;

    @Inject
    ConfirmWishes confirming;

    @Inject
    ClaimPeriodSettings periods;

    @Inject
    Callers callers;

    @Context
    SecurityContext security;

    @GET
    @Path("/wishes")
    @Operation(summary = "The wish wall, for anyone: open wishes without personal data (first name or 居民, grid), newest first; "
            + "staff also see the wishes kept off the wall. Filter by status (repeat it), category and grid")
    public WishViews.WallPage wall(@PathParam("community") CommunityId community, @QueryParam("status") List<String> status,
                                   @QueryParam("category") String category, @QueryParam("grid") String grid,
                                   @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("20") int limit) {
        List<WishStatus> statuses = status == null ? List.of() : status.stream().map(s -> enumOf(WishStatus.class, s, "status")).toList();
        return wall.wall(community, reader(community), statuses, category, grid, offset, limit);
    }

    @GET
    @Path("/wishes/stories")
    @Operation(summary = "Micro-stories (微故事) residents chose to publish about their fulfilled wishes, newest first")
    public List<WishViews.Story> stories(@PathParam("community") CommunityId community,
                                         @QueryParam("limit") @DefaultValue("20") int limit) {
        return wall.stories(community, limit);
    }

    @GET
    @Path("/wishes/{id}")
    @Operation(summary = "One wish: the public part for anyone; with the reference, deadlines and proof for staff, its resident and claimers")
    public WishViews.WishDetail wish(@PathParam("community") CommunityId community, @PathParam("id") String id) {
        return wall.wish(community, reader(community), uuid(id));
    }

    @POST
    @Path("/wishes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish a need triaged as a wish (staff): on the wall, or kept private for staff to assign")
    public Response publish(@PathParam("community") CommunityId community, @Valid Publication publication) {
        if (publication == null || publication.needId() == null) {
            throw new InvalidInputException("needId", "send {\"needId\": ..., \"text\": ..., \"onWall\": true}");
        }
        WishViews.WishDetail created = publishing.publish(community, callers.require(security), BodyIds.uuid(publication.needId(), "needId"),
                new PublishWishes.Publication(publication.text(), publication.shownAs(), !Boolean.FALSE.equals(publication.onWall()),
                        publication.claimersWanted() == null ? 1 : publication.claimersWanted()));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @POST
    @Path("/wishes/{id}/claims")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Claim a wish (认领): a verified volunteer, for themselves or their team, or a cadre. "
            + "409 with code already_claimed when every place is taken")
    public Response claim(@PathParam("community") CommunityId community, @PathParam("id") String id, @Valid ClaimRequest request) {
        UUID team = request == null || request.teamId() == null ? null : BodyIds.uuid(request.teamId(), "teamId");
        return Response.status(Response.Status.CREATED).entity(claiming.claim(community, callers.require(security), uuid(id), team)).build();
    }

    @POST
    @Path("/wishes/{id}/assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give a wish to a claimer (staff): a volunteer, a team (with the member), an organisation whose type takes "
            + "wishes on (in one of its modes), or a cadre")
    public Response assign(@PathParam("community") CommunityId community, @PathParam("id") String id, @Valid AssignRequest request) {
        if (request == null) {
            throw new InvalidInputException("kind", "send {\"kind\": \"VOLUNTEER\", \"id\": ...}");
        }
        ClaimWishes.Assignment to = new ClaimWishes.Assignment(
                request.kind() == null ? null : enumOf(ClaimerKind.class, request.kind(), "kind"),
                request.id() == null ? null : BodyIds.uuid(request.id(), "id"), request.username(),
                request.memberId() == null ? null : BodyIds.uuid(request.memberId(), "memberId"),
                request.mode() == null ? null : enumOf(ClaimMode.class, request.mode(), "mode"));
        return Response.status(Response.Status.CREATED).entity(claiming.assign(community, callers.require(security), uuid(id), to)).build();
    }

    @GET
    @Path("/wishes/candidates")
    @Operation(summary = "Whom staff can give a wish to, with the modes each takes wishes on in")
    public List<WishViews.Candidate> candidates(@PathParam("community") CommunityId community) {
        return claiming.candidates(community, callers.require(security));
    }

    @POST
    @Path("/wishes/{id}/confirmation")
    @Operation(summary = "Confirm a fulfilled wish for its resident (staff, recorded as on their behalf); the hours are credited")
    public WishViews.WishDetail confirm(@PathParam("community") CommunityId community, @PathParam("id") String id) {
        return confirming.confirmOnBehalf(community, callers.require(security), uuid(id));
    }

    @POST
    @Path("/wishes/{id}/not-fulfilled")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record for the resident that the wish was not fulfilled, and why (staff); it is open again")
    public WishViews.WishDetail notFulfilled(@PathParam("community") CommunityId community, @PathParam("id") String id,
                                             @Valid Reason reason) {
        return confirming.notFulfilledOnBehalf(community, callers.require(security), uuid(id), reason == null ? null : reason.reason());
    }

    @POST
    @Path("/wishes/{id}/thanks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The resident thanks the claimers, and may publish a micro-story on the board")
    public WishViews.WishDetail thank(@PathParam("community") CommunityId community, @PathParam("id") String id, @Valid Thanks thanks) {
        if (thanks == null) {
            throw new InvalidInputException("thanks", "send {\"thanks\": ..., \"story\": ..., \"publishStory\": false}");
        }
        return confirming.thank(community, callers.require(security), uuid(id), thanks.thanks(), thanks.story(),
                Boolean.TRUE.equals(thanks.publishStory()));
    }

    @GET
    @Path("/claims/mine")
    @Operation(summary = "我认领的: the claims the caller acts on, newest first")
    public List<WishViews.ClaimView> mine(@PathParam("community") CommunityId community) {
        return claims.mine(community, callers.require(security));
    }

    @POST
    @Path("/claims/{id}/contact")
    @Operation(summary = "The claimer has been in touch with the resident (meets the first deadline)")
    public WishViews.WishDetail contacted(@PathParam("community") CommunityId community, @PathParam("id") String id) {
        return claims.contacted(community, callers.require(security), uuid(id));
    }

    @POST
    @Path("/claims/{id}/fulfilment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report the wish fulfilled: what was done, and the minutes spent (credited once the resident confirms)")
    public WishViews.WishDetail fulfil(@PathParam("community") CommunityId community, @PathParam("id") String id,
                                       @Valid Fulfilment fulfilment) {
        if (fulfilment == null || fulfilment.minutes() == null) {
            throw new InvalidInputException("minutes", "send {\"note\": ..., \"minutes\": ...}");
        }
        return claims.fulfil(community, callers.require(security), uuid(id), fulfilment.note(), fulfilment.minutes());
    }

    @POST
    @Path("/claims/{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The claimer gives the wish back, saying why")
    public WishViews.WishDetail withdraw(@PathParam("community") CommunityId community, @PathParam("id") String id, @Valid Reason reason) {
        return claims.withdraw(community, callers.require(security), uuid(id), reason == null ? null : reason.reason());
    }

    @POST
    @Path("/claims/{id}/release")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Staff take a claim back, saying why; the wish is open again")
    public WishViews.WishDetail release(@PathParam("community") CommunityId community, @PathParam("id") String id, @Valid Reason reason) {
        return claims.release(community, callers.require(security), uuid(id), reason == null ? null : reason.reason());
    }

    @POST
    @Path("/claims/{id}/photos")
    @Consumes({"image/jpeg", "image/png", "image/webp", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Add a proof photo (JPEG, PNG or WebP, at most 5 MB, 3 per claim)")
    public Response addPhoto(@PathParam("community") CommunityId community, @PathParam("id") String id, java.io.InputStream body)
            throws java.io.IOException {
        byte[] bytes = body == null ? new byte[0] : body.readNBytes(WishPhoto.MAX_BYTES + 1);
        if (bytes.length > WishPhoto.MAX_BYTES) {
            return ErrorBody.response(413, "too_large", "a photo may be at most 5 MB", "photo");
        }
        UUID photo = claims.addPhoto(community, callers.require(security), uuid(id), bytes);
        return Response.status(Response.Status.CREATED).entity(java.util.Map.of("id", photo)).build();
    }

    @GET
    @Path("/wishes/{id}/photos/{photoId}")
    @Produces({"image/jpeg", "image/png", "image/webp", MediaType.APPLICATION_JSON})
    @Operation(summary = "A proof photo, for staff, the resident and the claimers")
    public Response photo(@PathParam("community") CommunityId community, @PathParam("id") String id, @PathParam("photoId") String photoId) {
        WishPhoto photo = claims.photo(community, callers.require(security), uuid(id), uuid(photoId));
        return Response.ok(photo.content(), photo.contentType()).header("Cache-Control", "private, max-age=86400")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @GET
    @Path("/wishes/claim-periods")
    @Operation(summary = "The days a claimer has to first contact the resident and to fulfil a wish")
    public ClaimPeriods claimPeriods(@PathParam("community") CommunityId community) {
        return periods.current(community, callers.require(security));
    }

    @PUT
    @Path("/wishes/claim-periods")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the claim periods (cadres); new claims get them")
    public ClaimPeriods changeClaimPeriods(@PathParam("community") CommunityId community, Periods wanted) {
        if (wanted == null || wanted.contactWithinDays() == null || wanted.fulfilWithinDays() == null) {
            throw new InvalidInputException("contactWithinDays", "send {\"contactWithinDays\": 3, \"fulfilWithinDays\": 14}");
        }
        return periods.change(community, callers.require(security), new ClaimPeriods(wanted.contactWithinDays(), wanted.fulfilWithinDays()));
    }

    /** Who reads a public page: a signed-in member of this community, or nobody in particular. */
    private Caller reader(CommunityId community) {
        return callers.find(security).filter(c -> c.community().filter(community.value()::equals).isPresent()).orElse(null);
    }

    private static UUID uuid(String id) {
        return PathIds.uuid(id, "no such wish or claim here");
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, field + " is one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
