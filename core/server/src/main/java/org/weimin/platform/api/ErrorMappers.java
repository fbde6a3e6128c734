package org.weimin.platform.api;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.weimin.shared.ConflictException;
import org.weimin.shared.ForbiddenActionException;
import org.weimin.shared.InvalidInputException;
import org.weimin.shared.NotFoundException;

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

    /** Every "not found" of every context, a community the caller may not see included. */
    @Provider
    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException e) {
            return ErrorBody.response(Response.Status.NOT_FOUND, "not_found", e.getMessage());
        }
    }

    @Provider
    public static class Forbidden implements ExceptionMapper<ForbiddenActionException> {
        @Override
        public Response toResponse(ForbiddenActionException e) {
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
            return ErrorBody.response(Response.Status.SERVICE_UNAVAILABLE, "plugin_failed",
                    "the feature " + e.featureId() + " is not available on this platform at the moment; "
                            + "the platform administrator sees why on the plugins page");
        }
    }

    /** One call into a plugin went wrong: this request fails, with a reference; the reason stays with the staff. */
    @Provider
    public static class PluginCallFailed implements ExceptionMapper<org.weimin.plugin.model.PluginCallFailedException> {
        @Override
        public Response toResponse(org.weimin.plugin.model.PluginCallFailedException e) {
            return ErrorBody.response(502, "plugin_error", "the feature " + e.featureId()
                    + " could not handle this request; it has been recorded for the community (reference "
                    + e.reference() + ")", null);
        }
    }

    @Provider
    public static class PluginPaused implements ExceptionMapper<org.weimin.plugin.model.PluginPausedException> {
        @Override
        public Response toResponse(org.weimin.plugin.model.PluginPausedException e) {
            long seconds = Math.max(1, java.time.Duration.between(java.time.Instant.now(), e.pausedUntil()).toSeconds() + 1);
            return Response.fromResponse(ErrorBody.response(503, "plugin_paused", "the feature " + e.featureId()
                    + " failed several times in a row for this community and is paused; retry in " + seconds + " s", null))
                    .header("Retry-After", seconds).build();
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

    /**
     * The domain refuses a value (a rejection without a reason, a resolution without a note). A library's
     * refusal is not worded for people and may name its internals, so only the platform's own words are shown.
     */
    @Provider
    public static class DomainRule implements ExceptionMapper<IllegalArgumentException> {
        @Override
        public Response toResponse(IllegalArgumentException e) {
            boolean ours = e.getStackTrace().length > 0 && e.getStackTrace()[0].getClassName().startsWith("org.weimin.");
            return ErrorBody.response(400, "invalid_input", ours && e.getMessage() != null ? e.getMessage()
                    : "a value in the request is not valid", null);
        }
    }

    /** Bean Validation on request records: every refused field, named as the client sent it. */
    @Provider
    public static class ConstraintViolations implements ExceptionMapper<jakarta.validation.ConstraintViolationException> {
        @Override
        public Response toResponse(jakarta.validation.ConstraintViolationException e) {
            var first = e.getConstraintViolations().stream()
                    .sorted(java.util.Comparator.comparing(v -> v.getPropertyPath().toString())).findFirst();
            String field = first.map(v -> fieldOf(v.getPropertyPath())).orElse(null);
            String message = e.getConstraintViolations().stream()
                    .map(v -> fieldOf(v.getPropertyPath()) + " " + v.getMessage()).sorted()
                    .collect(java.util.stream.Collectors.joining("; "));
            return ErrorBody.response(400, "invalid_input", message, field);
        }

        /** The last named node of a path like "resolve.arg2.text": the field as the client knows it. */
        private static String fieldOf(jakarta.validation.Path path) {
            String name = null;
            for (jakarta.validation.Path.Node node : path) {
                if (node.getName() != null && !node.getName().startsWith("arg")) {
                    name = node.getName();
                }
            }
            return name == null ? "body" : name;
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
            if (status == 404 && e.getCause() instanceof NotFoundException notFound) {
                // An id in the address that names nothing (see CommunityIdConverter): said as the id's own "not found".
                return new NotFound().toResponse(notFound);
            }
            if (status == 404) {
                return ErrorBody.response(404, "not_found", "nothing at this address", null);
            }
            String message = status == 403 ? "you may not do this" : status == 415
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

    /** Parsers' messages name classes and enum constants, so the answer says where, never what the parser said. */
    static Response malformed(Throwable e) {
        for (Throwable cause = e; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof JsonParsingException parsing && parsing.getLocation() != null) {
                return ErrorBody.response(400, "malformed_json", "the request body is not valid JSON (line "
                        + parsing.getLocation().getLineNumber() + ", column " + parsing.getLocation().getColumnNumber() + ")", null);
            }
        }
        return ErrorBody.response(400, "malformed_json",
                "the request body is not valid JSON, or a value has the wrong type or is not one of the allowed values", null);
    }
}
