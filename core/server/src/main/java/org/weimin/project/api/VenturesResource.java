package org.weimin.project.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.weimin.identity.api.Callers;
import org.weimin.platform.api.AtMost;
import org.weimin.platform.api.BodyIds;
import org.weimin.platform.api.Days;
import org.weimin.platform.api.Fen;
import org.weimin.platform.api.PathIds;
import org.weimin.project.application.ProjectViews;
import org.weimin.project.application.VentureCalls;
import org.weimin.project.application.VentureDecision;
import org.weimin.project.application.VentureProposals;
import org.weimin.project.application.VentureScoring;
import org.weimin.project.application.VentureViews;
import org.weimin.project.application.VentureVoting;
import org.weimin.project.model.ProjectPlan;
import org.weimin.project.model.TieRule;
import org.weimin.project.model.VentureCall;
import org.weimin.shared.ForbiddenActionException;
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

/**
 * Public-welfare venture calls (公益创投): the cadre opens a call, staff enter organisations' proposals, the expert panel
 * scores them, households vote, and the cadre decides: the ranking with its arithmetic is published and the winners funded.
 */
@Path("/v1/t/{community}/ventures")
@Tag(name = "Venture calls")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class VenturesResource {

    public record CriterionBody(@AtMost(50) String name, Integer maxPoints) {
    }

    /**
     * @param proposalsUntil and votingUntil days like 2027-03-31; expertPercent the experts' share of the combined score (70 when
     * not given); tieRule EXPERTS_FIRST (the default), VOTES_FIRST or SMALLER_REQUEST_FIRST; experts the panel's usernames
     */
    public record CallBody(@AtMost(100) String theme, @AtMost(2000) String description, BigDecimal budgetFen, @AtMost(20) String proposalsUntil,
                           @AtMost(20) String votingUntil, Integer expertPercent, @AtMost(30) String tieRule,
                           @Valid List<CriterionBody> criteria, List<String> experts) {
    }

    public record ProposalBody(@AtMost(100) String title, @AtMost(2000) String goal, @AtMost(1000) String beneficiaries,
                               @AtMost(40) String organizationId, @Valid List<ProjectsResource.Line> budget,
                               @Valid List<ProjectsResource.Step> milestones) {
    }

    public record Scores(List<Integer> points) {
    }

    public record Vote(@AtMost(40) String proposalId) {
    }

    public record Decision(@AtMost(40) String fundId) {
    }

    @Inject
    VentureCalls calls;

    @Inject
    VentureProposals proposals;

    @Inject
    VentureScoring scoring;

    @Inject
    VentureVoting voting;

    @Inject
    VentureDecision decision;

    @Inject
    Callers callers;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "The community's venture calls, newest first; anyone may read them")
    public List<VentureViews.Summary> list(@PathParam("community") CommunityId community) {
        return calls.list(community);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A call with its criteria, panel, proposals and votes; once decided, the ranking with each score's parts")
    public VentureViews.Call call(@PathParam("community") CommunityId community, @PathParam("id") String id) {
        return calls.call(community, uuid(id));
    }

    @GET
    @Path("/{id}/preview")
    @Operation(summary = "The ranking as it would be if the call were decided now (the cadre)")
    public VentureViews.Call preview(@PathParam("community") CommunityId community, @PathParam("id") String id) {
        return calls.preview(community, callers.require(security), uuid(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a venture call (the cadre): theme, budget in fen, the last days for proposals and for the vote, the criteria "
            + "with their points, the expert panel, the experts' share (70 % by default) and the written tie rule")
    public Response open(@PathParam("community") CommunityId community, @Valid CallBody body) {
        if (body == null) {
            throw new InvalidInputException("theme", "send {\"theme\": ..., \"budgetFen\": ..., \"proposalsUntil\": ..., \"criteria\": [...], \"experts\": [...]}");
        }
        VentureCall.Plan plan = new VentureCall.Plan(body.theme(), body.description(), Fen.parse(body.budgetFen(), "budgetFen"),
                Days.parse(body.proposalsUntil(), "proposalsUntil"), Days.parse(body.votingUntil(), "votingUntil"), body.expertPercent(),
                tieRule(body.tieRule()), body.criteria() == null ? List.of() : body.criteria().stream()
                        .map(c -> new VentureCall.Criterion(c.name(), c.maxPoints() == null ? 0 : c.maxPoints())).toList(), body.experts());
        return Response.status(Response.Status.CREATED).entity(calls.open(community, callers.require(security), plan)).build();
    }

    @POST
    @Path("/{id}/proposals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enter an organisation's proposal (staff): its request is the budget, paid per milestone if it wins")
    public Response propose(@PathParam("community") CommunityId community, @PathParam("id") String id, @Valid ProposalBody body) {
        if (body == null) {
            throw new InvalidInputException("title", "send {\"title\": ..., \"goal\": ..., \"organizationId\": ..., \"budget\": [...], \"milestones\": [...]}");
        }
        ProjectPlan plan = new ProjectPlan(body.title(), body.goal(), body.beneficiaries(), null, null,
                body.organizationId() == null ? null : BodyIds.uuid(body.organizationId(), "organizationId"), null,
                ProjectsResource.lines(body.budget()), ProjectsResource.steps(body.milestones()));
        ProjectViews.Detail proposal = proposals.submit(community, callers.require(security), uuid(id), plan);
        return Response.status(Response.Status.CREATED).entity(proposal).build();
    }

    @POST
    @Path("/{id}/proposal-closure")
    @Operation(summary = "Stop taking proposals (the cadre): the panel scores and households vote")
    public VentureViews.Call closeProposals(@PathParam("community") CommunityId community, @PathParam("id") String id) {
        return calls.closeProposals(community, callers.require(security), uuid(id));
    }

    @GET
    @Path("/{id}/my-scores")
    @Operation(summary = "The sheets the signed-in expert gave in this call: points per criterion, by proposal")
    public Map<UUID, List<Integer>> myScores(@PathParam("community") CommunityId community, @PathParam("id") String id) {
        return scoring.mine(community, callers.require(security), uuid(id))
                .orElseThrow(() -> new ForbiddenActionException("only the call's expert panel scores its proposals"));
    }

    @PUT
    @Path("/{id}/proposals/{proposalId}/scores")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Score a proposal (an expert of the panel): a whole number per criterion, in the criteria's order; again to change it")
    public Map<UUID, List<Integer>> score(@PathParam("community") CommunityId community, @PathParam("id") String id,
                                          @PathParam("proposalId") String proposalId, Scores body) {
        return scoring.score(community, callers.require(security), uuid(id), uuid(proposalId), body == null ? null : body.points());
    }

    @GET
    @Path("/{id}/my-vote")
    @Operation(summary = "The proposal the signed-in resident's household voted for, or 204 when it has not voted")
    public Response myVote(@PathParam("community") CommunityId community, @PathParam("id") String id) {
        return voting.mine(community, callers.require(security), uuid(id)).map(p -> Response.ok(Map.of("proposalId", p)).build())
                .orElse(Response.noContent().build());
    }

    @POST
    @Path("/{id}/votes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give the household's one voice to a proposal (a resident); 409 already_voted when the household has")
    public Response vote(@PathParam("community") CommunityId community, @PathParam("id") String id, @Valid Vote body) {
        if (body == null || body.proposalId() == null) {
            throw new InvalidInputException("proposalId", "send {\"proposalId\": ...}");
        }
        UUID chosen = voting.vote(community, callers.require(security), uuid(id), BodyIds.uuid(body.proposalId(), "proposalId"));
        return Response.status(Response.Status.CREATED).entity(Map.of("proposalId", chosen)).build();
    }

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decide the call (the cadre): the ranking is published, the winners' requests committed from the subsidy pool "
            + "(or fundId) in rank order within the budget; 409 scores_missing while an expert has not scored a proposal")
    public VentureViews.Call decide(@PathParam("community") CommunityId community, @PathParam("id") String id, @Valid Decision body) {
        return decision.decide(community, callers.require(security), uuid(id),
                body == null || body.fundId() == null ? null : BodyIds.uuid(body.fundId(), "fundId"));
    }

    private static UUID uuid(String id) {
        return PathIds.uuid(id, "no such venture call or proposal here");
    }

    private static TieRule tieRule(String rule) {
        if (rule == null || rule.isBlank()) {
            return null;
        }
        try {
            return TieRule.valueOf(rule.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("tieRule", "is " + rule + ": EXPERTS_FIRST, VOTES_FIRST or SMALLER_REQUEST_FIRST");
        }
    }
}
