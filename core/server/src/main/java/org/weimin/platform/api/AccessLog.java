package org.weimin.platform.api;

import java.io.IOException;
import java.security.Principal;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * One log line per API request, carrying the community and the user. Refusals and failures are logged at
 * INFO; successful requests at FINE (turn on with the {@code org.weimin.access} logger), because a
 * synchronous console line per delivery would serialise the intake path under load.
 */
@Provider
public class AccessLog implements ContainerRequestFilter, ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger("org.weimin.access");
    private static final String STARTED = AccessLog.class.getName() + ".started";

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        Object started = request.getProperty(STARTED);
        long millis = started == null ? -1 : (System.nanoTime() - (Long) started) / 1_000_000;
        Principal user = request.getSecurityContext() == null ? null : request.getSecurityContext().getUserPrincipal();
        String path = request.getUriInfo().getPath();
        String community = path.startsWith("v1/t/") || path.startsWith("/v1/t/")
                ? path.replaceFirst("^/?v1/t/", "").split("/")[0] : "-";
        LOG.log(response.getStatus() >= 400 ? Level.INFO : Level.FINE, () -> "community=" + community + " user=" + (user == null ? "-" : user.getName()) + " "
                + request.getMethod() + " /api/" + path.replaceFirst("^/", "") + " " + response.getStatus()
                + " " + millis + "ms");
    }
}
