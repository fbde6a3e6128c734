package org.weimin.platform.api;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.weimin.grid.application.GridPlaceNotFoundException;
import org.weimin.tenancy.application.CommunityNotFoundException;
import org.weimin.tenancy.application.ConflictException;
import org.weimin.tenancy.application.InvalidInputException;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;

/** Turns every failure into a JSON error a person can act on; no stack trace ever leaves the server. */
public final class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());

    private ErrorMappers() {
    }

    @Provider
    public static class NotFound implements ExceptionMapper<CommunityNotFoundException> {
        @Override
        public Response toResponse(CommunityNotFoundException e) {
            return ErrorBody.response(Response.Status.NOT_FOUND, "not_found", e.getMessage());
        }
    }

    @Provider
    public static class PlaceNotFound implements ExceptionMapper<GridPlaceNotFoundException> {
        @Override
        public Response toResponse(GridPlaceNotFoundException e) {
            return ErrorBody.response(Response.Status.NOT_FOUND, "not_found", e.getMessage());
        }
    }

    @Provider
    public static class PlatformNotFound implements ExceptionMapper<org.weimin.tenancy.application.NotFoundException> {
        @Override
        public Response toResponse(org.weimin.tenancy.application.NotFoundException e) {
            return ErrorBody.response(Response.Status.NOT_FOUND, "not_found", e.getMessage());
        }
    }

    @Provider
    public static class Forbidden implements ExceptionMapper<org.weimin.tenancy.application.ForbiddenActionException> {
        @Override
        public Response toResponse(org.weimin.tenancy.application.ForbiddenActionException e) {
            return ErrorBody.response(Response.Status.FORBIDDEN, "forbidden", e.getMessage());
        }
    }

    /** Every refused field with its own message, in both languages. */
    public record SettingsErrorBody(String error, String message, java.util.List<org.weimin.spi.form.FieldError> fieldErrors) {
    }

    @Provider
    public static class InvalidSettings implements ExceptionMapper<org.weimin.plugin.application.InvalidSettingsException> {
        @Override
        public Response toResponse(org.weimin.plugin.application.InvalidSettingsException e) {
            return Response.status(400).type(jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE)
                    .entity(new SettingsErrorBody("invalid_settings", e.getMessage(), e.errors())).build();
        }
    }

    @Provider
    public static class PluginFailed implements ExceptionMapper<org.weimin.plugin.model.PluginFailureException> {
        @Override
        public Response toResponse(org.weimin.plugin.model.PluginFailureException e) {
            return ErrorBody.response(Response.Status.SERVICE_UNAVAILABLE, "plugin_failed", e.getMessage());
        }
    }

    @Provider
    public static class IllegalTransition implements ExceptionMapper<org.weimin.demand.model.IllegalTransitionException> {
        @Override
        public Response toResponse(org.weimin.demand.model.IllegalTransitionException e) {
            return ErrorBody.response(Response.Status.CONFLICT, "illegal_transition", e.getMessage());
        }
    }

    @Provider
    public static class MeetingRule implements ExceptionMapper<org.weimin.meeting.model.MeetingRuleException> {
        @Override
        public Response toResponse(org.weimin.meeting.model.MeetingRuleException e) {
            return e.isConflict() ? ErrorBody.response(Response.Status.CONFLICT, "conflict", e.getMessage())
                    : ErrorBody.response(400, "invalid_input", e.getMessage(), e.field());
        }
    }

    /** The domain refuses a value (a rejection without a reason, a resolution without a note). */
    @Provider
    public static class DomainRule implements ExceptionMapper<IllegalArgumentException> {
        @Override
        public Response toResponse(IllegalArgumentException e) {
            return ErrorBody.response(400, "invalid_input", e.getMessage(), null);
        }
    }

    @Provider
    public static class InvalidInput implements ExceptionMapper<InvalidInputException> {
        @Override
        public Response toResponse(InvalidInputException e) {
            return ErrorBody.response(400, "invalid_input", e.getMessage(), e.field());
        }
    }

    @Provider
    public static class Conflict implements ExceptionMapper<ConflictException> {
        @Override
        public Response toResponse(ConflictException e) {
            return ErrorBody.response(Response.Status.CONFLICT, "conflict", e.getMessage());
        }
    }

    @Provider
    public static class MalformedJson implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return malformed(e);
        }
    }

    @Provider
    public static class MalformedJsonStream implements ExceptionMapper<JsonParsingException> {
        @Override
        public Response toResponse(JsonParsingException e) {
            return malformed(e);
        }
    }

    @Provider
    public static class Processing implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return malformed(e);
        }
    }

    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (e instanceof NotAuthorizedException) {
                return Response.fromResponse(ErrorBody.response(401, "unauthorized",
                        "sign in first: send a bearer token from POST /api/v1/auth/token", null))
                        .header("WWW-Authenticate", "Bearer").build();
            }
            if (e instanceof NotAllowedException) {
                return ErrorBody.response(405, "method_not_allowed", "this address does not accept that method", null);
            }
            if (e.getCause() instanceof JsonbException || e.getCause() instanceof JsonParsingException) {
                return malformed(e.getCause());
            }
            String message = status == 404 ? "nothing at this address"
                    : status == 403 ? "you may not do this" : status == 415
                    ? "send the body as application/json" : e.getMessage();
            return ErrorBody.response(status, Response.Status.Family.familyOf(status) == Response.Status.Family.CLIENT_ERROR
                    ? "bad_request" : "error", message, null);
        }
    }

    /**
     * Anything no closer mapper takes. Containers wrap application exceptions (transactions, interceptors),
     * so the causes are offered to their own mappers first; only what no mapper knows is a 500.
     */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {

        @Context
        Providers providers;

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Response toResponse(Throwable e) {
            for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
                ExceptionMapper mapper = providers.getExceptionMapper(cause.getClass());
                if (mapper != null && !(mapper instanceof Unexpected)) {
                    return mapper.toResponse(cause);
                }
            }
            String reference = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "unexpected failure, reference " + reference, e);
            return ErrorBody.response(500, "internal_error",
                    "something went wrong on our side; quote reference " + reference + " when reporting it", null);
        }
    }

    static Response malformed(Throwable e) {
        Throwable deepest = e;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        String detail = deepest.getMessage() == null ? "" : deepest.getMessage();
        int newline = detail.indexOf('\n');
        if (newline > 0) {
            detail = detail.substring(0, newline);
        }
        return ErrorBody.response(400, "malformed_json", "the request body is not valid JSON: " + detail, null);
    }
}
