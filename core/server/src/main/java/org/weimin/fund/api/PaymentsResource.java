package org.weimin.fund.api;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.weimin.fund.application.OnlineDonations;
import org.weimin.fund.application.PaymentNotifications;
import org.weimin.platform.api.AtMost;
import org.weimin.platform.api.BodyIds;
import org.weimin.platform.api.Deliveries;
import org.weimin.platform.api.ErrorBody;
import org.weimin.platform.api.Fen;
import org.weimin.platform.api.PathIds;
import org.weimin.shared.InvalidInputException;
import org.weimin.tenancy.model.CommunityId;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Online donations: a donor starts a payment (no account needed) and is sent to the provider to pay; the provider
 * confirms with signed notifications to the channel's address, each payment posted once whatever it repeats.
 */
@Path("/v1/t/{community}/fund/payments")
@Tag(name = "Micro-fund")
@Produces(MediaType.APPLICATION_JSON)
public class PaymentsResource {

    static final int MAX_BODY_BYTES = 64 * 1024;

    /**
     * @param campaignId the crowdfunding to give to, or none for the community's general donations
     * @param channel the payment channel, when the community has more than one
     */
    public record Start(@AtMost(40) String campaignId, BigDecimal amountFen, @AtMost(50) String donorName, Boolean anonymous,
                        @AtMost(100) String channel) {
    }

    @Inject
    OnlineDonations donations;

    @Inject
    PaymentNotifications notifications;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start an online donation (anyone): the payment is stored, then the donor is sent to payUrl to pay")
    public Response start(@PathParam("community") CommunityId community, @Valid Start body) {
        if (body == null) {
            throw new InvalidInputException("amountFen", "send {\"amountFen\": ..., \"campaignId\": ..., \"donorName\": ..., \"anonymous\": false}");
        }
        OnlineDonations.PaymentView started = donations.start(community, new OnlineDonations.Gift(
                body.campaignId() == null ? null : BodyIds.uuid(body.campaignId(), "campaignId"), Fen.parse(body.amountFen(), "amountFen"),
                body.donorName(), Boolean.TRUE.equals(body.anonymous()), body.channel()));
        return Response.status(Response.Status.CREATED).entity(started).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Where an online payment stands: CREATED until the provider confirms it PAID, or says it FAILED")
    public OnlineDonations.PaymentView payment(@PathParam("community") CommunityId community, @PathParam("id") String id) {
        return donations.payment(community, PathIds.uuid(id, "no such payment here"));
    }

    @POST
    @Path("/notifications/{channel}")
    @Operation(summary = "A payment provider's notification (its own signature scheme applies): acknowledged once verified, posted once")
    public Response notify(@PathParam("community") CommunityId community, @PathParam("channel") String channel, @Context HttpHeaders headers,
                           @Context UriInfo uri, @Context HttpServletRequest request, InputStream body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            return ErrorBody.response(413, "too_large", "a notification may be at most " + MAX_BODY_BYTES / 1024 + " KB", null);
        }
        PaymentNotifications.Answer answer = notifications.receive(community, channel, Deliveries.of("POST", headers, uri, request, bytes));
        if (answer.error() != null) {
            return ErrorBody.response(answer.status(), answer.error(), answer.body(), null);
        }
        return Response.ok(answer.body() == null ? "" : answer.body(), answer.contentType() == null ? MediaType.TEXT_PLAIN : answer.contentType()).build();
    }
}
