package org.weimin.wish.api;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.weimin.identity.api.Callers;
import org.weimin.platform.api.AtMost;
import org.weimin.platform.api.BodyIds;
import org.weimin.platform.api.PathIds;
import org.weimin.shared.InvalidInputException;
import org.weimin.tenancy.model.CommunityId;
import org.weimin.wish.application.Volunteers;
import org.weimin.wish.application.WishViews;

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

/** The volunteer registry (志愿者) of a community, teams, each volunteer's hours and the public leaderboard. */
@Path("/v1/t/{community}/volunteers")
@Tag(name = "Wishes and volunteers")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class VolunteersResource {

    /** @param name only when staff register someone from outside; a resident's name is their account's */
    public record Registration(@AtMost(50) String name, @AtMost(20) String phone, @AtMost(10) List<String> skills,
                               @AtMost(200) String availability, @AtMost(50) List<String> grids) {
    }

    public record Reason(@AtMost(500) String reason) {
    }

    public record Correction(Integer minutes, @AtMost(500) String reason) {
    }

    public record Team(@AtMost(40) String organizationId, @AtMost(100) String name) {
    }

    public record Membership(@AtMost(40) String teamId) {
    }

    public record Leaderboard(Boolean shown) {
    }

    @Inject
    Volunteers volunteers;

    @Inject
    Callers callers;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "The registry (staff): waiting for verification first, then by name, with each one's hours in minutes")
    public List<WishViews.VolunteerView> list(@PathParam("community") CommunityId community) {
        return volunteers.list(community, callers.require(security));
    }

    @POST
    @Path("/sign-up")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A resident signs up as a volunteer (phone, skills, availability, grids served); staff verify them")
    public Response signUp(@PathParam("community") CommunityId community, @Valid Registration registration) {
        return Response.status(Response.Status.CREATED).entity(volunteers.signUp(community, callers.require(security),
                required(registration))).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Staff register a volunteer from outside the community's accounts (verified at once)")
    public Response register(@PathParam("community") CommunityId community, @Valid Registration registration) {
        return Response.status(Response.Status.CREATED).entity(volunteers.register(community, callers.require(security),
                required(registration))).build();
    }

    @POST
    @Path("/{id}/verification")
    @Operation(summary = "Verify a volunteer who signed up (staff)")
    public WishViews.VolunteerView verify(@PathParam("community") CommunityId community, @PathParam("id") String id) {
        return volunteers.verify(community, callers.require(security), uuid(id));
    }

    @POST
    @Path("/{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refuse a volunteer who signed up, with the reason they read (staff)")
    public WishViews.VolunteerView reject(@PathParam("community") CommunityId community, @PathParam("id") String id, @Valid Reason reason) {
        return volunteers.reject(community, callers.require(security), uuid(id), reason == null ? null : reason.reason());
    }

    @PUT
    @Path("/{id}/team")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put a volunteer in a team, or out of it with no teamId (staff)")
    public WishViews.VolunteerView joinTeam(@PathParam("community") CommunityId community, @PathParam("id") String id,
                                            @Valid Membership membership) {
        UUID team = membership == null || membership.teamId() == null ? null : BodyIds.uuid(membership.teamId(), "teamId");
        return volunteers.joinTeam(community, callers.require(security), uuid(id), team);
    }

    @GET
    @Path("/me")
    @Operation(summary = "The caller's own volunteer record: registration, balance, every hours entry and their claims")
    public WishViews.VolunteerRecord mine(@PathParam("community") CommunityId community) {
        return volunteers.mine(community, callers.require(security));
    }

    @GET
    @Path("/{id}/hours")
    @Operation(summary = "A volunteer's hours, every entry with whether it was corrected (staff)")
    public WishViews.VolunteerRecord hoursOf(@PathParam("community") CommunityId community, @PathParam("id") String id) {
        return volunteers.recordOf(community, callers.require(security), uuid(id));
    }

    @PUT
    @Path("/me/leaderboard")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Whether the public leaderboard lists the caller (it does unless they opt out; names are masked)")
    public WishViews.VolunteerView leaderboardChoice(@PathParam("community") CommunityId community, Leaderboard choice) {
        if (choice == null || choice.shown() == null) {
            throw new InvalidInputException("shown", "send {\"shown\": true} or {\"shown\": false}");
        }
        return volunteers.showOnLeaderboard(community, callers.require(security), choice.shown());
    }

    @GET
    @Path("/leaderboard")
    @Operation(summary = "The public leaderboard, for anyone: volunteers by confirmed hours, names masked")
    public List<WishViews.LeaderboardLine> leaderboard(@PathParam("community") CommunityId community) {
        return volunteers.leaderboard(community);
    }

    @POST
    @Path("/hours/{entryId}/correction")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct an hours entry (staff): a reversing entry, then the right minutes credited anew")
    public WishViews.VolunteerView correct(@PathParam("community") CommunityId community, @PathParam("entryId") String entryId,
                                           @Valid Correction correction) {
        if (correction == null || correction.minutes() == null) {
            throw new InvalidInputException("minutes", "send {\"minutes\": ..., \"reason\": ...}");
        }
        return volunteers.correctHours(community, callers.require(security), uuid(entryId), correction.minutes(), correction.reason());
    }

    @GET
    @Path("/teams")
    @Operation(summary = "The volunteer teams, each of an organisation (staff)")
    public List<WishViews.TeamView> teams(@PathParam("community") CommunityId community) {
        return volunteers.teams(community, callers.require(security));
    }

    @POST
    @Path("/teams")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Form a volunteer team of an approved organisation (staff)")
    public Response createTeam(@PathParam("community") CommunityId community, @Valid Team team) {
        if (team == null || team.organizationId() == null) {
            throw new InvalidInputException("organizationId", "send {\"organizationId\": ..., \"name\": ...}");
        }
        return Response.status(Response.Status.CREATED).entity(volunteers.createTeam(community, callers.require(security),
                BodyIds.uuid(team.organizationId(), "organizationId"), team.name())).build();
    }

    private static Volunteers.Registration required(Registration r) {
        if (r == null) {
            throw new InvalidInputException("phone", "send {\"phone\": ..., \"skills\": [...], \"availability\": ..., \"grids\": [...]}");
        }
        return new Volunteers.Registration(r.name(), r.phone(), r.skills(), r.availability(), r.grids());
    }

    private static UUID uuid(String id) {
        return PathIds.uuid(id, "no such volunteer or entry here");
    }
}
