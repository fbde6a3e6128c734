package org.weimin.evaluation.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.weimin.evaluation.application.EvaluationRounds;
import org.weimin.evaluation.application.RoundAnswering;
import org.weimin.evaluation.application.RoundBoard;
import org.weimin.evaluation.application.RoundClosing;
import org.weimin.evaluation.application.RoundQuestions;
import org.weimin.evaluation.application.RoundSlips;
import org.weimin.evaluation.application.RoundViews;
import org.weimin.evaluation.model.RoundPeriod;
import org.weimin.identity.api.Callers;
import org.weimin.platform.api.AtMost;
import org.weimin.platform.api.BodyIds;
import org.weimin.platform.api.Days;
import org.weimin.platform.api.PathIds;
import org.weimin.shared.InvalidInputException;
import org.weimin.tenancy.model.CommunityId;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
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

/**
 * Evaluation rounds (评估轮次): the cadre opens a round with the community's evaluation methods, households vote once
 * (signed in or with their voting slip), supervisors answer the supervision questions, the appointed assessor submits a
 * signed result; closing publishes the board (张榜公开) and sends what failed back into the demand library.
 */
@Path("/v1/t/{community}/evaluation/rounds")
@Tag(name = "Evaluation rounds")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class EvaluationRoundsResource {

    /** @param weight relative to the other methods; 1 when not given */
    public record MethodBody(@AtMost(100) String featureId, Integer weight) {
    }

    /**
     * @param period MONTH, QUARTER or YEAR; periodStart its first day (2026-10-01); collectUntil the last day answers are taken
     * @param projectThreshold projects scoring below it re-enter the demand library (60 when not given)
     */
    public record RoundBody(@AtMost(100) String title, @AtMost(10) String period, @AtMost(20) String periodStart, @AtMost(20) String collectUntil,
                            @Valid List<MethodBody> methods, List<String> projectIds, Integer projectThreshold) {
    }

    /** @param answers by question key ("&lt;method&gt;/&lt;subject id&gt;"), each a questionnaire's answers */
    public record BallotBody(@AtMost(40) String slip, Map<String, Map<String, Object>> answers) {
    }

    public record AssessmentBody(@AtMost(100) String featureId, @AtMost(40) String subjectId, Map<String, Object> answers) {
    }

    public record CorrectionBody(Map<String, Integer> weights, @AtMost(1000) String reason) {
    }

    @Inject
    EvaluationRounds rounds;

    @Inject
    RoundQuestions questions;

    @Inject
    RoundAnswering answering;

    @Inject
    RoundSlips slips;

    @Inject
    RoundClosing closing;

    @Inject
    RoundBoard board;

    @Inject
    Callers callers;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "The community's evaluation rounds, newest period first (members, the sub-district's supervisors, the assessor)")
    public List<RoundViews.Round> list(@PathParam("community") CommunityId community) {
        return rounds.list(community, callers.require(security));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a round (the cadre): title, period and its first day, the last day answers are taken, the methods "
            + "(the community's enabled evaluation methods, with weights) and the approved projects it also evaluates")
    public Response open(@PathParam("community") CommunityId community, @Valid RoundBody body) {
        if (body == null) {
            throw new InvalidInputException("title", "send {\"title\": ..., \"period\": \"QUARTER\", \"periodStart\": ..., \"collectUntil\": ..., \"methods\": [...]}");
        }
        EvaluationRounds.Plan plan = new EvaluationRounds.Plan(body.title(), period(body.period()), Days.parse(body.periodStart(), "periodStart"),
                Days.parse(body.collectUntil(), "collectUntil"),
                body.methods() == null ? List.of() : body.methods().stream().map(m -> new EvaluationRounds.MethodPlan(m.featureId(), m.weight())).toList(),
                body.projectIds() == null ? List.of() : body.projectIds().stream().map(id -> BodyIds.uuid(id, "projectIds")).toList(),
                body.projectThreshold());
        return Response.status(Response.Status.CREATED).entity(rounds.open(community, callers.require(security), plan)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A round: its methods with weights, subjects, window, and how many households have voted")
    public RoundViews.Round round(@PathParam("community") CommunityId community, @PathParam("id") String id) {
        return rounds.publicRound(community, uuid(id));
    }

    @GET
    @Path("/{id}/questions")
    @Operation(summary = "The questionnaires a round asks of residents (RESIDENT, the default), supervisors (SUBDISTRICT_SUPERVISOR) "
            + "or the assessor (ASSESSOR); anyone may read them, so that a voting slip's holder can answer")
    public List<RoundViews.Question> questions(@PathParam("community") CommunityId community, @PathParam("id") String id,
                                               @QueryParam("for") String participant) {
        return questions.of(community, uuid(id), participant(participant));
    }

    @POST
    @Path("/{id}/ballots")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A household's one ballot: signed in as a resident, or without signing in with the household's voting slip; "
            + "409 already_answered when the household has voted, 409 slip_not_valid for a code the round did not issue")
    public Response vote(@PathParam("community") CommunityId community, @PathParam("id") String id, @Valid BallotBody body) {
        if (body == null || body.answers() == null) {
            throw new InvalidInputException("answers", "send {\"answers\": {\"<method>/<subject>\": {...}}} and, without signing in, \"slip\"");
        }
        if (body.slip() != null && !body.slip().isBlank()) {
            answering.castWithSlip(community, uuid(id), body.slip(), body.answers());
        } else {
            answering.castSignedIn(community, callers.require(security), uuid(id), body.answers());
        }
        return Response.status(Response.Status.CREATED).entity(Map.of("voted", true)).build();
    }

    @POST
    @Path("/{id}/supervision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A supervisor of the community's sub-district answers the supervision questions, once")
    public Response supervise(@PathParam("community") CommunityId community, @PathParam("id") String id, BallotBody body) {
        if (body == null || body.answers() == null) {
            throw new InvalidInputException("answers", "send {\"answers\": {\"<method>/<subject>\": {...}}}");
        }
        answering.answerAsSupervisor(community, callers.require(security), uuid(id), body.answers());
        return Response.status(Response.Status.CREATED).entity(Map.of("answered", true)).build();
    }

    @POST
    @Path("/{id}/assessments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The appointed assessor's signed result for one subject; needs no account: the signature (HMAC-SHA256 with the "
            + "agreed secret over round|subject|assessor|score|report|signedAt, signed within 5 minutes) is the proof")
    public Response assess(@PathParam("community") CommunityId community, @PathParam("id") String id, @Valid AssessmentBody body) {
        if (body == null || body.featureId() == null || body.subjectId() == null) {
            throw new InvalidInputException("featureId", "send {\"featureId\": ..., \"subjectId\": ..., \"answers\": {...}}");
        }
        answering.submitAssessment(community, uuid(id), body.featureId(), BodyIds.uuid(body.subjectId(), "subjectId"), body.answers());
        return Response.status(Response.Status.CREATED).entity(Map.of("accepted", true)).build();
    }

    @POST
    @Path("/{id}/slips")
    @Operation(summary = "Print a voting slip for every household that has not voted (the cadre); printing again replaces them")
    public List<RoundSlips.Slip> slips(@PathParam("community") CommunityId community, @PathParam("id") String id) {
        return slips.print(community, callers.require(security), uuid(id));
    }

    @POST
    @Path("/{id}/closure")
    @Operation(summary = "Close the round (the cadre): scores are published as version 1 and what failed re-enters the demand library")
    public RoundViews.Board close(@PathParam("community") CommunityId community, @PathParam("id") String id) {
        closing.close(community, callers.require(security), uuid(id));
        return board.board(community, uuid(id), null);
    }

    @POST
    @Path("/{id}/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct the published results (the cadre): new weights for the methods and the reason; a new version says what changed")
    public RoundViews.Board correct(@PathParam("community") CommunityId community, @PathParam("id") String id, @Valid CorrectionBody body) {
        if (body == null) {
            throw new InvalidInputException("weights", "send {\"weights\": {\"<method>\": 2, ...}, \"reason\": ...}");
        }
        closing.correct(community, callers.require(security), uuid(id), body.weights(), body.reason());
        return board.board(community, uuid(id), null);
    }

    @GET
    @Path("/{id}/board")
    @Operation(summary = "The published results (张榜公开), the latest version or the one asked for; anyone may read them")
    public RoundViews.Board published(@PathParam("community") CommunityId community, @PathParam("id") String id,
                                      @QueryParam("version") Integer version) {
        return board.board(community, uuid(id), version);
    }

    @GET
    @Path("/{id}/reentries")
    @Operation(summary = "What the closed round sent back into the demand library, with its evidence (members, supervisors, the assessor)")
    public List<RoundViews.Reentered> reentries(@PathParam("community") CommunityId community, @PathParam("id") String id) {
        return board.reentered(community, callers.require(security), uuid(id));
    }

    private static UUID uuid(String id) {
        return PathIds.uuid(id, "no evaluation round " + id + " here");
    }

    private static RoundPeriod period(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return RoundPeriod.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("period", "is MONTH, QUARTER or YEAR, not " + value);
        }
    }

    private static RoundQuestions.Participant participant(String value) {
        if (value == null || value.isBlank()) {
            return RoundQuestions.Participant.RESIDENT;
        }
        try {
            return RoundQuestions.Participant.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("for", "is RESIDENT, SUBDISTRICT_SUPERVISOR or ASSESSOR, not " + value);
        }
    }
}
