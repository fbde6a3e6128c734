package org.weimin.evaluation.api;

import org.weimin.evaluation.application.RefusedAnswersException;
import org.weimin.platform.api.ErrorMappers;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Refused answers answer 400 invalid_answers with every question's field and its message in both languages. */
@Provider
public class RefusedAnswersMapper implements ExceptionMapper<RefusedAnswersException> {

    @Override
    public Response toResponse(RefusedAnswersException e) {
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorMappers.SettingsErrorBody("invalid_answers", "some answers were refused", e.errors())).build();
    }
}
