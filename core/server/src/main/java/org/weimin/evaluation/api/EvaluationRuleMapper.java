package org.weimin.evaluation.api;

import java.util.Locale;

import org.weimin.evaluation.model.EvaluationRuleException;
import org.weimin.platform.api.ErrorBody;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** An evaluation rule answers 409 with its reason as the code (not_done, rating_closed...). */
@Provider
public class EvaluationRuleMapper implements ExceptionMapper<EvaluationRuleException> {

    @Override
    public Response toResponse(EvaluationRuleException e) {
        return ErrorBody.response(Response.Status.CONFLICT, e.reason().name().toLowerCase(Locale.ROOT), e.getMessage());
    }
}
