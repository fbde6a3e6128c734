package org.weimin.affair.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.weimin.affair.application.RoutineAssignments;
import org.weimin.identity.api.Callers;
import org.weimin.tenancy.model.CommunityId;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** Routine affairs (常规事项常规办) in hand: who has which, and which are late. */
@Path("/v1/t/{community}/routine-affairs")
@Tag(name = "Demand library")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class RoutineAssignmentsResource {

    @Inject
    RoutineAssignments assignments;

    @Inject
    Callers callers;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "Every affair a colleague or an organisation has in hand, grouped by who has it, the caller's own first (staff)")
    public RoutineAssignments.Board board(@PathParam("community") CommunityId community) {
        return assignments.board(community, callers.require(security));
    }
}
