package org.weimin.plugin.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.weimin.identity.api.Callers;
import org.weimin.plugin.application.FeatureRuntime;
import org.weimin.plugin.application.InstalledPlugins;
import org.weimin.plugin.model.FeatureDescriptor;
import org.weimin.plugin.model.PluginRecord;
import org.weimin.shared.InvalidInputException;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

@Path("/v1/admin/plugins")
@Tag(name = "Platform administration")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class AdminPluginsResource {

    private static final int MAX_PLUGIN_BYTES = 20 * 1024 * 1024;

    @Inject
    InstalledPlugins plugins;

    @Inject
    FeatureRuntime runtime;

    @Inject
    Callers callers;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "Installed plugins with version, state, failure reason and features")
    public List<PluginRecord> plugins() {
        callers.requirePlatformAdmin(security);
        return plugins.plugins();
    }

    @GET
    @Path("/features")
    @Operation(summary = "The features of the running plugins, with their settings schemas")
    public List<FeatureDescriptor> features() {
        callers.requirePlatformAdmin(security);
        return runtime.features();
    }

    @POST
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Install a plugin jar (the request body) and start it, without a restart")
    public Response install(@QueryParam("fileName") String fileName, byte[] jar) {
        callers.requirePlatformAdmin(security);
        if (jar == null || jar.length == 0) {
            throw new InvalidInputException("file", "send the plugin jar as the request body");
        }
        if (jar.length > MAX_PLUGIN_BYTES) {
            throw new InvalidInputException("file", "a plugin jar may be at most 20 MB");
        }
        return Response.status(Response.Status.CREATED).entity(plugins.install(fileName, jar)).build();
    }

    @POST
    @Path("/{id}/start")
    @Operation(summary = "Start a stopped plugin")
    public PluginRecord start(@PathParam("id") String id) {
        callers.requirePlatformAdmin(security);
        return plugins.startPluginById(id);
    }

    @POST
    @Path("/{id}/stop")
    @Operation(summary = "Stop a plugin: its features are off in every community until it starts again")
    public PluginRecord stop(@PathParam("id") String id) {
        callers.requirePlatformAdmin(security);
        return plugins.stop(id);
    }

    @POST
    @Path("/{id}/reload")
    @Operation(summary = "Load the plugin's jar again and start it")
    public PluginRecord reload(@PathParam("id") String id) {
        callers.requirePlatformAdmin(security);
        return plugins.reload(id);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Unload a plugin from the running platform (its jar is kept and can be reloaded)")
    public PluginRecord unload(@PathParam("id") String id) {
        callers.requirePlatformAdmin(security);
        return plugins.unload(id);
    }
}
