package org.weimin.ui.deployment;

import java.io.IOException;
import java.util.Set;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Payara serves /metrics inside this application's root context, so this application guards it: platform
 * administrators (with a bearer token) and the monitoring addresses given in configuration may read it;
 * anyone else is told there is nothing there.
 */
@WebFilter(urlPatterns = {"/metrics", "/metrics/*"}, asyncSupported = true)
public class MetricsAccessFilter extends HttpFilter {

    @Inject
    @ConfigProperty(name = "weimin.metrics.allowed-addresses", defaultValue = " ")
    String allowedAddresses;

    private Set<String> allowed;

    @Override
    public void init() {
        allowed = Set.copyOf(java.util.List.of(allowedAddresses.strip().split("\\s*,\\s*")));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (allowed.contains(request.getRemoteAddr()) || request.isUserInRole("PLATFORM_ADMIN")) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(404);
        response.setContentType("application/json;charset=UTF-8");
        response.getOutputStream().write("{\"error\":\"not_found\",\"message\":\"nothing at this address\",\"field\":null}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
