package org.weimin.demand.api;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.weimin.demand.application.AnswerMyNeed;
import org.weimin.demand.application.EscalateToProject;
import org.weimin.demand.application.FollowNeeds;
import org.weimin.demand.application.HandleNeed;
import org.weimin.demand.application.MergeNeeds;
import org.weimin.demand.application.NeedPhotos;
import org.weimin.demand.application.RecordNeeds;
import org.weimin.demand.application.TriageNeeds;
import org.weimin.demand.application.DemandViews;
import org.weimin.intake.application.ChannelForms;
import org.weimin.intake.application.IntakeChannels;
import org.weimin.demand.model.DemandFilter;
import org.weimin.demand.model.DemandKind;
import org.weimin.demand.model.DemandOrder;
import org.weimin.demand.model.DemandPhoto;
import org.weimin.demand.model.DemandStatus;
import org.weimin.demand.model.ServiceCategory;
import org.weimin.demand.model.Urgency;
import org.weimin.identity.api.Callers;
import org.weimin.identity.model.Caller;
import org.weimin.platform.api.AtMost;
import org.weimin.platform.api.BodyIds;
import org.weimin.platform.api.ErrorBody;
import org.weimin.platform.api.PathIds;
import org.weimin.shared.InvalidInputException;
import org.weimin.spi.intake.DemandDraft;
import org.weimin.tenancy.model.CommunityId;

import jakarta.validation.Valid;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** The community's demand library: residents raise and follow needs, staff triage and handle them. */
@Path("/v1/t/{community}/demands")
@Tag(name = "Demand library")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class DemandsResource {

    /** The largest page of needs one request gets, and how far into the library paging reaches. */
    public static final int MAX_PAGE = 200;
    public static final int MAX_OFFSET = 100_000;
    private static final java.util.regex.Pattern REFERENCE = java.util.regex.Pattern.compile("D\\d{6}-[0-9A-Z]{4,10}");

    /**
     * @param channel the intake channel whose form this is; the resident portal when left out
     * @param latitude where the resident is (WGS 84), with longitude, when their phone shares it
     */
    public record Submission(@AtMost(100) String channel, @AtMost(50) Map<String, Object> values, boolean publicVisible, Double latitude, Double longitude) {
    }

    /** What a submission became: the references of the new needs, and of those it had already raised. */
    public record Raised(List<String> created, List<String> alreadyKnown) {
    }

    public record Classification(DemandKind kind, ServiceCategory category, Urgency urgency) {
    }

    public record Text(@AtMost(2000) String text, Boolean internal, @AtMost(50) String assignTo, @AtMost(40) String organizationId) {
    }

    @Inject
    FollowNeeds follow;

    @Inject
    TriageNeeds triage;

    @Inject
    HandleNeed handle;

    @Inject
    MergeNeeds merging;

    @Inject
    AnswerMyNeed answers;

    @Inject
    NeedPhotos photos;

    @Inject
    EscalateToProject escalating;

    @Inject
    ChannelForms forms;

    @Inject
    IntakeChannels channels;

    @Inject
    Callers callers;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "The library, newest first (sort=deadline: open needs by their next deadline): staff see all, a "
            + "resident their own (or, with public=true, the needs residents made public, to support them); filters and paging")
    public DemandViews.Page list(@PathParam("community") CommunityId community, @QueryParam("status") List<String> statuses,
                                 @QueryParam("kind") String kind, @QueryParam("category") String category,
                                 @QueryParam("place") String place, @QueryParam("grid") List<String> grids,
                                 @QueryParam("channel") String channel,
                                 @QueryParam("overdue") boolean overdue, @QueryParam("q") String text,
                                 @QueryParam("public") boolean publicOnly, @QueryParam("sort") String sort,
                                 @QueryParam("offset") @DefaultValue("0") int offset,
                                 @QueryParam("limit") @DefaultValue("50") int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidInputException("limit", "limit is 1 to " + MAX_PAGE + " needs a page");
        }
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new InvalidInputException("offset", "offset is 0 to " + MAX_OFFSET + "; narrow the filter to reach older needs");
        }
        if (text != null && text.length() > 100) {
            throw new InvalidInputException("q", "search for at most 100 characters");
        }
        Set<DemandStatus> wanted = EnumSet.noneOf(DemandStatus.class);
        statuses.forEach(s -> wanted.add(parse(DemandStatus.class, s, "status")));
        DemandFilter filter = new DemandFilter(wanted, kind == null ? null : parse(DemandKind.class, kind, "kind"),
                category == null ? null : parse(ServiceCategory.class, category, "category"), place,
                Set.copyOf(grids.stream().map(String::strip).filter(g -> !g.isEmpty()).toList()), channel, overdue, null, text,
                publicOnly, sort == null ? DemandOrder.NEWEST : parse(DemandOrder.class, sort, "sort"));
        return follow.inbox(community, caller(), filter, offset, limit);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Raise a need through a channel's form (the resident portal by default)")
    public Response submit(@PathParam("community") CommunityId community, @Valid Submission submission) {
        if (submission == null || submission.values() == null) {
            throw new InvalidInputException("values", "send {\"values\": {\"text\": \"...\"}}");
        }
        String channel = submission.channel() == null ? channels.residentChannel() : submission.channel();
        DemandDraft.MapPoint point = null;
        if (submission.latitude() != null || submission.longitude() != null) {
            try {
                point = new DemandDraft.MapPoint(submission.latitude(), submission.longitude());
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new InvalidInputException("latitude", "give latitude (-90 to 90) and longitude (-180 to 180) together, in degrees");
            }
        }
        RecordNeeds.Outcome outcome = forms.submit(community, channel, caller(), submission.values(),
                submission.publicVisible(), point);
        return Response.status(Response.Status.CREATED).entity(new Raised(outcome.created(), outcome.alreadyKnown())).build();
    }

    @POST
    @Path("/{id}/photos")
    @Consumes({"image/jpeg", "image/png", "image/webp", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Add a photo (JPEG, PNG or WebP, at most 5 MB, 3 per need): the resident who raised the need while "
            + "it is open, or staff")
    public Response addPhoto(@PathParam("community") CommunityId community, @PathParam("id") String id, java.io.InputStream body)
            throws java.io.IOException {
        byte[] bytes = body == null ? new byte[0] : body.readNBytes(DemandPhoto.MAX_BYTES + 1);
        if (bytes.length > DemandPhoto.MAX_BYTES) {
            return ErrorBody.response(413, "too_large", "a photo may be at most 5 MB", "photo");
        }
        DemandViews.Detail detail = photos.add(community, caller(), uuid(id), bytes);
        return Response.status(Response.Status.CREATED).entity(detail).type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/{id}/photos/{photoId}")
    @Produces({"image/jpeg", "image/png", "image/webp", MediaType.APPLICATION_JSON})
    @Operation(summary = "One photo of a need, to whoever may see the need")
    public Response photo(@PathParam("community") CommunityId community, @PathParam("id") String id, @PathParam("photoId") String photoId) {
        DemandPhoto photo = photos.photo(community, caller(), uuid(id), uuid(photoId));
        return Response.ok(photo.content(), photo.contentType()).header("Cache-Control", "private, max-age=86400")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    public record Bulk(@AtMost(40) String action, @AtMost(200) List<String> ids) {
    }

    @POST
    @Path("/bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Staff handle many needs at once (CLASSIFY_AS_SUGGESTED or ACCEPT, at most 200): each need on "
            + "its own, those whose state does not allow it are skipped with the reason")
    public TriageNeeds.BulkOutcome bulk(@PathParam("community") CommunityId community, @Valid Bulk bulk) {
        if (bulk == null || bulk.ids() == null) {
            throw new InvalidInputException("ids", "send {\"action\": \"ACCEPT\", \"ids\": [...]}");
        }
        TriageNeeds.BulkAction action = bulk.action() == null ? null : parse(TriageNeeds.BulkAction.class, bulk.action(), "action");
        List<UUID> ids = bulk.ids().stream().map(id -> {
            try {
                return UUID.fromString(id);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new InvalidInputException("ids", "'" + id + "' is not a need's id");
            }
        }).toList();
        return triage.bulk(community, caller(), ids, action);
    }

    /** @param count needs that changed since their resident last opened them */
    public record News(long count) {
    }

    @GET
    @Path("/news")
    @Operation(summary = "For a resident: how many of their needs have news since they last opened them")
    public News news(@PathParam("community") CommunityId community) {
        return new News(follow.news(community, caller()));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One need with its timeline (internal notes for staff only)")
    public DemandViews.Detail detail(@PathParam("community") CommunityId community, @PathParam("id") String id) {
        if (id != null && REFERENCE.matcher(id.strip().toUpperCase(java.util.Locale.ROOT)).matches()) {
            return follow.detailByReference(community, caller(), id.strip().toUpperCase(java.util.Locale.ROOT));
        }
        return follow.detail(community, caller(), uuid(id));
    }

    @POST
    @Path("/{id}/classify")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Staff: confirm or override kind, category and urgency")
    public DemandViews.Detail classify(@PathParam("community") CommunityId community, @PathParam("id") String id,
                                       Classification classification) {
        if (classification == null) {
            throw new InvalidInputException("kind", "send kind, category and (optionally) urgency");
        }
        return triage.classify(community, caller(), uuid(id), classification.kind(), classification.category(),
                classification.urgency());
    }

    @POST
    @Path("/{id}/accept")
    @Operation(summary = "Staff: take the need on (the community has responded), assigned to a colleague (assignTo), yourself, or an "
            + "organisation whose type takes routine affairs on (organizationId)")
    public DemandViews.Detail accept(@PathParam("community") CommunityId community, @PathParam("id") String id, @Valid Text body) {
        if (body != null && body.organizationId() != null) {
            return handle.acceptForOrganization(community, caller(), uuid(id), BodyIds.uuid(body.organizationId(), "organizationId"));
        }
        return handle.accept(community, caller(), uuid(id), body == null ? null : body.assignTo());
    }

    @POST
    @Path("/{id}/transfer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Staff: hand the need to another colleague (转办), by username in assignTo, saying why in text")
    public DemandViews.Detail transfer(@PathParam("community") CommunityId community, @PathParam("id") String id, @Valid Text body) {
        return handle.transfer(community, caller(), uuid(id), body == null ? null : body.assignTo(), body == null ? null : body.text());
    }

    @POST
    @Path("/{id}/start")
    @Operation(summary = "Staff: work has begun")
    public DemandViews.Detail start(@PathParam("community") CommunityId community, @PathParam("id") String id) {
        return handle.start(community, caller(), uuid(id));
    }

    @POST
    @Path("/{id}/resolve")
    @Operation(summary = "Staff: resolved, saying how")
    public DemandViews.Detail resolve(@PathParam("community") CommunityId community, @PathParam("id") String id, @Valid Text body) {
        return handle.resolve(community, caller(), uuid(id), body == null ? null : body.text());
    }

    @POST
    @Path("/{id}/reject")
    @Operation(summary = "Staff: refuse, with a reason the resident reads")
    public DemandViews.Detail reject(@PathParam("community") CommunityId community, @PathParam("id") String id, @Valid Text body) {
        return handle.reject(community, caller(), uuid(id), body == null ? null : body.text());
    }

    @POST
    @Path("/{id}/close")
    @Operation(summary = "Staff: close a confirmed or resolved need")
    public DemandViews.Detail close(@PathParam("community") CommunityId community, @PathParam("id") String id) {
        return handle.close(community, caller(), uuid(id));
    }

    @POST
    @Path("/{id}/notes")
    @Operation(summary = "Staff: add a note to the timeline, internal or visible to the resident")
    public DemandViews.Detail note(@PathParam("community") CommunityId community, @PathParam("id") String id, @Valid Text body) {
        return handle.note(community, caller(), uuid(id), body == null ? null : body.text(),
                body != null && Boolean.TRUE.equals(body.internal()));
    }

    /** @param needs the ids of the needs that become the project; @param text the project in a sentence */
    public record Escalation(@AtMost(200) List<String> needs, @AtMost(2000) String text) {
    }

    @POST
    @Path("/escalations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Staff: turn needs (e.g. many similar wishes) into one micro-project that speaks for all their residents")
    public Response escalate(@PathParam("community") CommunityId community, @Valid Escalation escalation) {
        if (escalation == null || escalation.needs() == null) {
            throw new InvalidInputException("needs", "send {\"needs\": [ids], \"text\": \"...\"}");
        }
        DemandViews.Detail project = escalating.escalate(community, caller(),
                escalation.needs().stream().map(DemandsResource::uuid).toList(), escalation.text());
        return Response.status(Response.Status.CREATED).entity(project).build();
    }

    @GET
    @Path("/{id}/similar")
    @Operation(summary = "Staff: open needs that probably ask for the same (similar words, same building, within a month)")
    public List<DemandViews.Similar> similar(@PathParam("community") CommunityId community, @PathParam("id") String id) {
        return merging.similar(community, caller(), uuid(id));
    }

    /** @param into the need to merge into */
    public record Merge(@AtMost(40) String into) {
    }

    @POST
    @Path("/{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Staff: merge this need into another; its resident counts for the survivor")
    public DemandViews.Detail merge(@PathParam("community") CommunityId community, @PathParam("id") String id, @Valid Merge merge) {
        if (merge == null || merge.into() == null) {
            throw new InvalidInputException("into", "say which need to merge into: {\"into\": \"<id>\"}");
        }
        return merging.merge(community, caller(), uuid(id), uuid(merge.into()));
    }

    @POST
    @Path("/{id}/split")
    @Operation(summary = "Staff: undo a merge; the need returns to the library on its own")
    public DemandViews.Detail split(@PathParam("community") CommunityId community, @PathParam("id") String id) {
        return merging.split(community, caller(), uuid(id));
    }

    @POST
    @Path("/{id}/confirm")
    @Operation(summary = "The resident who raised it: it is solved")
    public DemandViews.Detail confirm(@PathParam("community") CommunityId community, @PathParam("id") String id) {
        return answers.confirm(community, caller(), uuid(id));
    }

    @POST
    @Path("/{id}/reopen")
    @Operation(summary = "The resident who raised it: it is not solved")
    public DemandViews.Detail reopen(@PathParam("community") CommunityId community, @PathParam("id") String id, @Valid Text body) {
        return answers.reopen(community, caller(), uuid(id), body == null ? null : body.text());
    }

    @POST
    @Path("/{id}/support")
    @Operation(summary = "A resident: I have this need too (once per resident)")
    public DemandViews.Detail support(@PathParam("community") CommunityId community, @PathParam("id") String id) {
        return answers.support(community, caller(), uuid(id));
    }

    private Caller caller() {
        return callers.require(security);
    }

    private static UUID uuid(String id) {
        return PathIds.uuid(id, "no need " + id + " here");
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, field + " must be one of " + EnumSet.allOf(type).toString().toLowerCase());
        }
    }
}
