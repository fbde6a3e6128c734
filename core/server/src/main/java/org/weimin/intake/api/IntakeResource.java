package org.weimin.intake.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.weimin.tenancy.model.CommunityId;
import org.weimin.intake.application.ReceiveDelivery;
import org.weimin.platform.api.Deliveries;
import org.weimin.platform.api.ErrorBody;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Where integrators deliver needs: one address per community and channel. The channel plugin checks the
 * signature or token; nothing is stored when it refuses. One instance serves every delivery (it keeps no
 * request state), sparing the busiest address a resource instance and its injection per request.
 */
@ApplicationScoped
@Path("/v1/t/{community}/intake/{channel}")
@Tag(name = "Intake")
public class IntakeResource {

    static final int MAX_BODY_BYTES = 256 * 1024;

    /** What a stored delivery answers when the channel has no reply of its own. */
    public record Received(List<String> created, List<String> alreadyKnown) {
    }

    @Inject
    ReceiveDelivery intake;

    @POST
    @Operation(summary = "Deliver to a channel (webhook, callback); the channel's own signature scheme applies")
    public Response deliver(@PathParam("community") CommunityId community, @PathParam("channel") String channel,
                            @Context HttpHeaders headers, @Context UriInfo uri, @Context HttpServletRequest request,
                            InputStream body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            return ErrorBody.response(413, "too_large", "a delivery may be at most " + MAX_BODY_BYTES / 1024 + " KB", null);
        }
        return answer(intake.receive(community, channel, Deliveries.of("POST", headers, uri, request, bytes)));
    }

    @GET
    @Operation(summary = "Verification requests some channels send before deliveries (e.g. WeCom's echostr)")
    public Response verify(@PathParam("community") CommunityId community, @PathParam("channel") String channel,
                           @Context HttpHeaders headers, @Context UriInfo uri, @Context HttpServletRequest request) {
        return answer(intake.receive(community, channel, Deliveries.of("GET", headers, uri, request, new byte[0])));
    }

    private static Response answer(ReceiveDelivery.Answer answer) {
        if (answer instanceof ReceiveDelivery.Answer.Refused refused) {
            Response response = ErrorBody.response(refused.status(), refused.status() == 401 ? "unauthenticated"
                    : refused.status() == 429 ? "rate_limited" : "malformed", refused.reason(), null);
            return refused.retryAfterSeconds() > 0
                    ? Response.fromResponse(response).header("Retry-After", refused.retryAfterSeconds()).build() : response;
        }
        ReceiveDelivery.Answer.Stored stored = (ReceiveDelivery.Answer.Stored) answer;
        if (stored.replyBody() != null) {
            return Response.ok(stored.replyBody(), stored.replyContentType() == null ? MediaType.TEXT_PLAIN : stored.replyContentType()).build();
        }
        return Response.ok(new Received(stored.outcome().created(), stored.outcome().alreadyKnown()), MediaType.APPLICATION_JSON).build();
    }
}
