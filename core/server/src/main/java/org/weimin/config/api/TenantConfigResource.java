package org.weimin.config.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.weimin.config.application.ConfigReport;
import org.weimin.config.application.TenantConfigService;
import org.weimin.identity.api.Callers;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

@Path("/v1/admin/tenant-config")
@Tag(name = "Platform administration")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class TenantConfigResource {

    @Inject
    TenantConfigService config;

    @Inject
    Callers callers;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "What the last application of tenants-config/ did, with every problem by file, line and field")
    public ConfigReport lastReport() {
        callers.requirePlatformAdmin(security);
        return config.lastReport();
    }

    @POST
    @Path("/reload")
    @Operation(summary = "Apply tenants-config/ again, without a restart")
    public ConfigReport reload() {
        callers.requirePlatformAdmin(security);
        return config.applyAll();
    }
}
