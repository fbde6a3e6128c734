package org.weimin.wish.api;

import java.util.Locale;

import org.weimin.platform.api.ErrorBody;
import org.weimin.wish.model.WishRuleException;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A wish rule answers 409 with its reason as the code (already_claimed, not_verified...), for clients to tell apart. */
@Provider
public class WishRuleMapper implements ExceptionMapper<WishRuleException> {

    @Override
    public Response toResponse(WishRuleException e) {
        return ErrorBody.response(Response.Status.CONFLICT, e.reason().name().toLowerCase(Locale.ROOT), e.getMessage());
    }
}
