package org.weimin.demand.api;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.weimin.tenancy.model.CommunityId;
import org.weimin.demand.application.DeadlineSettings;
import org.weimin.identity.api.Callers;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

@Path("/v1/t/{community}/deadlines")
@Tag(name = "Demand library")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class DeadlinesResource {

    @Inject
    DeadlineSettings deadlines;

    @Inject
    Callers callers;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "The community's deadline policy: response and resolution times by kind, and auto-closing")
    public Map<String, Object> current(@PathParam("community") CommunityId community) {
        return deadlines.current(community, callers.require(security));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cadres: change the deadline policy; bad values are refused field by field")
    public Map<String, Object> update(@PathParam("community") CommunityId community, Map<String, Object> values) {
        return deadlines.update(community, callers.require(security), values);
    }
}
