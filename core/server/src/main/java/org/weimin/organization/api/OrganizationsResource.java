package org.weimin.organization.api;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.weimin.tenancy.model.CommunityId;
import org.weimin.identity.api.Callers;
import org.weimin.organization.application.OrganizationRegistry;
import org.weimin.organization.application.OrganizationTypeView;
import org.weimin.organization.application.OrganizationView;
import org.weimin.platform.api.AtMost;
import org.weimin.platform.api.PathIds;
import org.weimin.shared.InvalidInputException;

import jakarta.validation.Valid;
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

@Path("/v1/t/{community}/organizations")
@Tag(name = "Community")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationsResource {

    public record Registration(@AtMost(100) String typeId, @AtMost(100) String name,
                               @AtMost(50) Map<String, Object> attributes) {
    }

    @Inject
    OrganizationRegistry registry;

    @Inject
    Callers callers;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "The community's micro-organisations")
    public List<OrganizationView> list(@PathParam("community") CommunityId community) {
        return registry.list(community, callers.require(security));
    }

    @GET
    @Path("/types")
    @Operation(summary = "The organisation types this community uses, with the attributes each one records")
    public List<OrganizationTypeView> types(@PathParam("community") CommunityId community) {
        return registry.types(community, callers.require(security));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register an organisation of an enabled type; attributes are checked against the type's form")
    public Response register(@PathParam("community") CommunityId community, @Valid Registration registration) {
        if (registration == null) {
            throw new InvalidInputException("", "send {\"typeId\": ..., \"name\": ..., \"attributes\": {...}}");
        }
        OrganizationView created = registry.register(community, callers.require(security), registration.typeId(),
                registration.name(), registration.attributes());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @POST
    @Path("/{id}/approve")
    @Operation(summary = "Approve an organisation registered pending approval")
    public OrganizationView approve(@PathParam("community") CommunityId community, @PathParam("id") String id) {
        return registry.approve(community, callers.require(security), PathIds.uuid(id, "no organisation " + id + " in this community"));
    }

    /** @param reason why it is not approved, which the organisation is told */
    public record Rejection(String reason) {
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refuse an organisation registered pending approval, with the reason it is told")
    public OrganizationView reject(@PathParam("community") CommunityId community, @PathParam("id") String id, Rejection rejection) {
        return registry.reject(community, callers.require(security), PathIds.uuid(id, "no organisation " + id + " in this community"),
                rejection == null ? null : rejection.reason());
    }
}
