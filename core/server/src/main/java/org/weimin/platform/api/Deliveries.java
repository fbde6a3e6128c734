package org.weimin.platform.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.weimin.spi.intake.InboundDelivery;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

/** A request from outside (a webhook, a provider's notification) as a plugin reads it. */
public final class Deliveries {

    private Deliveries() {
    }

    public static InboundDelivery of(String method, HttpHeaders headers, UriInfo uri, HttpServletRequest request, byte[] body) {
        Map<String, List<String>> lowerCase = new HashMap<>();
        // Headers the platform itself sets for its own form submissions never come from outside.
        headers.getRequestHeaders().forEach((name, values) -> {
            if (!name.toLowerCase().startsWith("x-weimin-")) {
                lowerCase.put(name.toLowerCase(), List.copyOf(values));
            }
        });
        Map<String, List<String>> query = new HashMap<>();
        uri.getQueryParameters().forEach((name, values) -> query.put(name, List.copyOf(values)));
        return new InboundDelivery(method, lowerCase, query, body, request.getRemoteAddr());
    }
}
