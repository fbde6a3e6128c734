package org.weimin.project.api;

import java.util.Locale;

import org.weimin.platform.api.ErrorBody;
import org.weimin.project.model.ProjectRuleException;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A project rule answers 409 with its reason as the code (not_proposed, not_delivered...). */
@Provider
public class ProjectRuleMapper implements ExceptionMapper<ProjectRuleException> {

    @Override
    public Response toResponse(ProjectRuleException e) {
        return ErrorBody.response(Response.Status.CONFLICT, e.reason().name().toLowerCase(Locale.ROOT), e.getMessage());
    }
}
