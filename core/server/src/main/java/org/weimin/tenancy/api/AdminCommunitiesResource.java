package org.weimin.tenancy.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.weimin.identity.api.Callers;
import org.weimin.identity.application.InviteFirstCadre;
import org.weimin.identity.model.Caller;
import org.weimin.shared.NotFoundException;
import org.weimin.tenancy.model.Community;
import org.weimin.tenancy.model.CommunityId;
import org.weimin.tenancy.application.CommunityAdministration;
import org.weimin.tenancy.application.NewCommunity;

import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.UriInfo;

@Path("/v1/admin/communities")
@Tag(name = "Platform administration")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class AdminCommunitiesResource {

    @Inject
    CommunityAdministration communities;

    @Inject
    Callers callers;

    @Inject
    InviteFirstCadre cadres;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "Every community with its status and population")
    public List<CommunityView> all() {
        callers.requirePlatformAdmin(security);
        return communities.all().stream().map(CommunityView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a community; it is active at once")
    public Response create(NewCommunity input, @Context UriInfo uri) {
        CommunityView created = CommunityView.of(communities.create(input, callers.requirePlatformAdmin(security).username()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @POST
    @Path("/{id}/suspend")
    @Operation(summary = "Suspend a community: its people can no longer sign in or use it")
    public CommunityView suspend(@PathParam("id") String id) {
        return CommunityView.of(communities.suspend(id, callers.requirePlatformAdmin(security).username()));
    }

    @POST
    @Path("/{id}/activate")
    @Operation(summary = "Bring a suspended community back")
    public CommunityView activate(@PathParam("id") String id) {
        return CommunityView.of(communities.activate(id, callers.requirePlatformAdmin(security).username()));
    }

    /** The cadre a new community starts with. */
    public record FirstCadre(String username, String displayName) {
    }

    /** @param password the one-time password, shown this once: the platform keeps only its hash */
    public record Invitation(String username, String password) {
    }

    @POST
    @Path("/{id}/first-cadre")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a new community's first cadre; the answer carries a one-time password, shown once")
    public Response firstCadre(@PathParam("id") String id, FirstCadre cadre) {
        Caller administrator = callers.requirePlatformAdmin(security);
        CommunityId community = communities.find(id).map(Community::id)
                .orElseThrow(() -> new NotFoundException("no community '" + id + "'"));
        String password = cadres.invite(community, administrator, cadre == null ? null : cadre.username(),
                cadre == null ? null : cadre.displayName());
        return Response.status(Response.Status.CREATED).entity(new Invitation(cadre.username().strip(), password)).build();
    }
}
