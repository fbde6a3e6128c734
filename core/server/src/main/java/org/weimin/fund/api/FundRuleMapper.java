package org.weimin.fund.api;

import java.util.Locale;

import org.weimin.fund.model.FundRuleException;
import org.weimin.platform.api.ErrorBody;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A fund rule answers 409 with its reason as the code (insufficient_funds, already_reversed), for clients to tell apart. */
@Provider
public class FundRuleMapper implements ExceptionMapper<FundRuleException> {

    @Override
    public Response toResponse(FundRuleException e) {
        return ErrorBody.response(Response.Status.CONFLICT, e.reason().name().toLowerCase(Locale.ROOT), e.getMessage());
    }
}
