package org.weimin.tenancy.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.weimin.tenancy.application.CommunityAdministration;
import org.weimin.tenancy.model.Community;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/v1/communities")
@Tag(name = "Communities")
@Produces(MediaType.APPLICATION_JSON)
public class CommunitiesResource {

    @Inject
    CommunityAdministration communities;

    @GET
    @Operation(summary = "The active communities, to choose where to sign in")
    public List<CommunityView.Public> active() {
        return communities.all().stream().filter(Community::isActive).map(CommunityView.Public::of).toList();
    }
}
