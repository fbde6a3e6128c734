package org.weimin.project.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
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
import org.weimin.project.application.ProjectCrowdfunding;
import org.weimin.project.application.ProjectDecisions;
import org.weimin.project.application.ProjectViews;
import org.weimin.project.application.Projects;
import org.weimin.project.application.PublicProjects;
import org.weimin.project.model.FundingMode;
import org.weimin.project.model.ProjectPlan;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** Micro-projects (微项目) and their funding: proposed, approved with the fund's commitment, delivered, accepted and paid. */
@Path("/v1/t/{community}/projects")
@Tag(name = "Micro-projects")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectsResource {

    public record Line(@AtMost(200) String item, BigDecimal amountFen) {
    }

    /** @param dueOn a day like 2027-03-31; amountFen what accepting it pays (0 for a reward's targets) */
    public record Step(@AtMost(100) String title, @AtMost(500) String deliverable, @AtMost(500) String acceptanceCriteria,
                       @AtMost(20) String dueOn, BigDecimal amountFen) {
    }

    /** @param mode DIRECT_FUNDING, REWARD_IN_LIEU or GOVERNMENT_PURCHASE */
    public record Proposal(@AtMost(100) String title, @AtMost(2000) String goal, @AtMost(1000) String beneficiaries, @AtMost(30) String mode,
                           @AtMost(40) String needId, @AtMost(40) String organizationId, @Valid List<Line> budget, @Valid List<Step> milestones) {
    }

    public record Note(@AtMost(2000) String note) {
    }

    /** @param fundId the fund to commit from: the subsidy pool (the default), the general donations or a named fund */
    public record Approval(@AtMost(2000) String note, @AtMost(40) String fundId) {
    }

    public record Verification(Boolean met, @AtMost(1000) String note) {
    }

    /** @param targetFen what to raise, at most the budget; deadline the campaign's last day, like 2027-03-31 */
    public record CrowdfundingBody(BigDecimal targetFen, @AtMost(20) String deadline) {
    }

    @Inject
    Projects projects;

    @Inject
    ProjectDecisions decisions;

    @Inject
    ProjectCrowdfunding crowdfunding;

    @Inject
    PublicProjects publicProjects;

    @Inject
    Callers callers;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "The community's projects, newest first (staff)")
    public List<ProjectViews.Detail> list(@PathParam("community") CommunityId community) {
        return projects.list(community, callers.require(security));
    }

    @GET
    @Path("/public")
    @Operation(summary = "The projects anyone may follow, without signing in: those raising money first, then those under way and done")
    public List<ProjectViews.Detail> publicList(@PathParam("community") CommunityId community) {
        return publicProjects.list(community);
    }

    @GET
    @Path("/public/{id}")
    @Operation(summary = "One project as anyone may follow it: its crowdfunding with the match, budget, milestones and payments")
    public ProjectViews.Detail publicProject(@PathParam("community") CommunityId community, @PathParam("id") String id) {
        return publicProjects.project(community, uuid(id));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One project with its budget and milestones (staff)")
    public ProjectViews.Detail project(@PathParam("community") CommunityId community, @PathParam("id") String id) {
        return projects.project(community, callers.require(security), uuid(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Propose a project (staff): goal, beneficiaries, funding mode, budget lines and milestones in fen, the need it "
            + "comes from and the organisation responsible; grants and purchases pay their milestones the whole budget")
    public Response propose(@PathParam("community") CommunityId community, @Valid Proposal body) {
        if (body == null) {
            throw new InvalidInputException("title", "send {\"title\": ..., \"goal\": ..., \"mode\": ..., \"budget\": [...], \"milestones\": [...]}");
        }
        ProjectPlan plan = new ProjectPlan(body.title(), body.goal(), body.beneficiaries(), mode(body.mode()),
                body.needId() == null ? null : BodyIds.uuid(body.needId(), "needId"),
                body.organizationId() == null ? null : BodyIds.uuid(body.organizationId(), "organizationId"), null,
                lines(body.budget()), steps(body.milestones()));
        return Response.status(Response.Status.CREATED).entity(projects.propose(community, callers.require(security), plan)).build();
    }

    @POST
    @Path("/{id}/crowdfunding")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open crowdfunding for a proposed project (the cadre): donations until the target is reached or the deadline "
            + "passes, each matched from the subsidy pool by the community's match rules; refunded in full when the target is missed")
    public ProjectViews.Detail crowdfunding(@PathParam("community") CommunityId community, @PathParam("id") String id,
                                            @Valid CrowdfundingBody body) {
        if (body == null) {
            throw new InvalidInputException("targetFen", "send {\"targetFen\": ..., \"deadline\": \"2027-03-31\"}");
        }
        return crowdfunding.open(community, callers.require(security), uuid(id),
                new ProjectCrowdfunding.Opening(Fen.parse(body.targetFen(), "targetFen"), Days.parse(body.deadline(), "deadline")));
    }

    @POST
    @Path("/{id}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve it, agree its targets or sign its contract (the cadre): what its crowdfunding raised goes in first, the "
            + "rest is committed from the subsidy pool (or fundId: the general donations or a named fund), or nothing happens and "
            + "409 insufficient_funds says the fund cannot afford it")
    public ProjectViews.Detail approve(@PathParam("community") CommunityId community, @PathParam("id") String id, @Valid Approval body) {
        return decisions.approve(community, callers.require(security), uuid(id), body == null ? null : body.note(),
                body == null || body.fundId() == null ? null : BodyIds.uuid(body.fundId(), "fundId"));
    }

    @POST
    @Path("/{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refuse a proposed project with the reason its residents read (the cadre)")
    public ProjectViews.Detail reject(@PathParam("community") CommunityId community, @PathParam("id") String id, @Valid Note body) {
        return decisions.reject(community, callers.require(security), uuid(id), body == null ? null : body.note());
    }

    @POST
    @Path("/{id}/milestones/{milestoneId}/delivery")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a milestone's deliverable as there, for acceptance (staff)")
    public ProjectViews.Detail deliver(@PathParam("community") CommunityId community, @PathParam("id") String id,
                                       @PathParam("milestoneId") String milestoneId, @Valid Note body) {
        return decisions.deliver(community, callers.require(security), uuid(id), uuid(milestoneId), body == null ? null : body.note());
    }

    @POST
    @Path("/{id}/milestones/{milestoneId}/acceptance")
    @Operation(summary = "Accept a delivered milestone of a grant or a purchase (the cadre): its amount is paid from the project's money")
    public ProjectViews.Detail accept(@PathParam("community") CommunityId community, @PathParam("id") String id,
                                      @PathParam("milestoneId") String milestoneId) {
        return decisions.accept(community, callers.require(security), uuid(id), uuid(milestoneId));
    }

    @POST
    @Path("/{id}/results")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verify a reward's results (the cadre): met pays the reward; not met returns the reservation to the pool")
    public ProjectViews.Detail verify(@PathParam("community") CommunityId community, @PathParam("id") String id, @Valid Verification body) {
        if (body == null || body.met() == null) {
            throw new InvalidInputException("met", "send {\"met\": true or false, \"note\": ...}");
        }
        return decisions.verifyResults(community, callers.require(security), uuid(id), body.met(), body.note());
    }

    @POST
    @Path("/{id}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "End a project under way unfinished (the cadre): what it did not use goes back to the pool")
    public ProjectViews.Detail close(@PathParam("community") CommunityId community, @PathParam("id") String id, @Valid Note body) {
        return decisions.closeUnfinished(community, callers.require(security), uuid(id), body == null ? null : body.note());
    }

    static List<ProjectPlan.Line> lines(List<Line> budget) {
        return budget == null ? List.of() : budget.stream().map(l -> new ProjectPlan.Line(l.item(), Fen.parse(l.amountFen(), "budget"))).toList();
    }

    static List<ProjectPlan.Step> steps(List<Step> milestones) {
        return milestones == null ? List.of() : milestones.stream().map(s -> new ProjectPlan.Step(s.title(), s.deliverable(), s.acceptanceCriteria(),
                Days.parse(s.dueOn(), "milestones"), s.amountFen() == null ? 0 : Fen.parse(s.amountFen(), "milestones"))).toList();
    }

    private static UUID uuid(String id) {
        return PathIds.uuid(id, "no such project or milestone here");
    }

    private static FundingMode mode(String mode) {
        if (mode == null) {
            return null;
        }
        try {
            return FundingMode.valueOf(mode.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("mode", "is " + mode + ": DIRECT_FUNDING, REWARD_IN_LIEU or GOVERNMENT_PURCHASE");
        }
    }
}
