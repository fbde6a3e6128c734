package org.weimin.plugin.api;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.weimin.tenancy.model.CommunityId;
import org.weimin.identity.api.Callers;
import org.weimin.platform.api.AtMost;
import org.weimin.plugin.application.CommunityFeatures;
import org.weimin.plugin.application.FeatureSetting;

import jakarta.validation.Valid;
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

@Path("/v1/t/{community}/features")
@Tag(name = "Community")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class CommunityFeaturesResource {

    /** @param settings the values by field key; a secret sent back as "********" keeps the stored one */
    public record Choice(Boolean enabled, @AtMost(50) Map<String, Object> settings) {
    }

    @Inject
    CommunityFeatures features;

    @Inject
    Callers callers;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "Every plugin feature this community can use, whether it is on, and its settings")
    public List<FeatureSetting> list(@PathParam("community") CommunityId community) {
        return features.list(community, callers.require(security));
    }

    @PUT
    @Path("/{featureId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Turn a feature on or off and set its settings; bad settings are refused field by field")
    public FeatureSetting configure(@PathParam("community") CommunityId community, @PathParam("featureId") String featureId,
                                    @Valid Choice choice) {
        if (choice == null || choice.enabled() == null) {
            throw new org.weimin.shared.InvalidInputException("enabled",
                    "say whether the feature is on: send {\"enabled\": true, \"settings\": {...}}");
        }
        return features.configure(community, callers.require(security), featureId, choice.enabled(), choice.settings());
    }
}
