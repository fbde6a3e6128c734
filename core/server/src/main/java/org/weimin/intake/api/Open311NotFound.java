package org.weimin.intake.api;

import org.weimin.platform.api.ErrorBody;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * An address under an Open311 endpoint that names nothing is answered the GeoReport way (its errors array,
 * in the format the address asked for), not with the platform's own error body.
 */
@Provider
public class Open311NotFound implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (response.getStatus() == 404 && path.contains("/open311/") && response.getEntity() instanceof ErrorBody) {
            Response open311 = Open311Writer.errors(404, path.endsWith(".xml") ? "xml" : "json",
                    "nothing at this address; see services.json");
            response.setEntity(open311.getEntity());
            response.getHeaders().putSingle("Content-Type", open311.getHeaderString("Content-Type"));
        }
    }
}
