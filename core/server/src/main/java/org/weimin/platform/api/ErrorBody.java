package org.weimin.platform.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The one shape of every error the API returns.
 *
 * @param error a stable machine-readable code
 * @param field the part of the request that was wrong, when one was
 */
public record ErrorBody(String error, String message, String field) {

    public static Response response(Response.Status status, String error, String message) {
        return response(status.getStatusCode(), error, message, null);
    }

    public static Response response(int status, String error, String message, String field) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(error, message, field)).build();
    }
}
