package org.weimin.grid.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.weimin.tenancy.model.CommunityId;
import org.weimin.grid.application.CommunityGrid;
import org.weimin.grid.application.CommunityHome;
import org.weimin.grid.model.GridSummary;
import org.weimin.identity.api.Callers;
import org.weimin.identity.model.CommunityAccess;
import org.weimin.identity.model.Permission;
import org.weimin.identity.model.Role;
import org.weimin.tenancy.api.CommunityView;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** A community's own endpoints. A community the caller has no role in answers 404, as if it did not exist. */
@Path("/v1/t/{community}")
@Tag(name = "Community")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class CommunityResource {

    public record Home(CommunityView community, CommunityAccess access, String username, String displayName,
                       List<Role> roles, List<Permission> permissions, List<String> myGrids, long buildings,
                       long households, long residents, List<GridSummary> grids) {
    }

    @Inject
    CommunityGrid grid;

    @Inject
    Callers callers;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "The community's home: its name, its grid, who you are and what you may do")
    public Home home(@PathParam("community") CommunityId community) {
        CommunityHome home = grid.home(community, callers.require(security));
        return new Home(CommunityView.of(home.community()), home.access(), home.caller().username(),
                home.caller().displayName(), List.copyOf(home.caller().roles()), List.copyOf(home.permissions()),
                home.myGridCodes(), home.buildings(), home.households(), home.residents(), home.grids());
    }

    @GET
    @Path("/grids")
    @Operation(summary = "The community's grids with their buildings, households and residents counted")
    public List<GridSummary> grids(@PathParam("community") CommunityId community) {
        return grid.home(community, callers.require(security)).grids();
    }

    @GET
    @Path("/grids/{code}/buildings")
    @Operation(summary = "The buildings of one grid")
    public List<CommunityHome.BuildingView> buildings(@PathParam("community") CommunityId community,
                                                      @PathParam("code") String code) {
        return grid.buildingsOfGrid(community, callers.require(security), code);
    }
}
