package org.weimin.fund.application;

import java.util.logging.Logger;

import org.weimin.intake.application.RateLimiter;
import org.weimin.plugin.application.CommunityFeatures;
import org.weimin.plugin.model.FeatureKind;
import org.weimin.shared.InvalidInputException;
import org.weimin.shared.NotFoundException;
import org.weimin.spi.intake.InboundDelivery;
import org.weimin.spi.payment.PaymentChannel;
import org.weimin.spi.payment.PaymentNotice;
import org.weimin.tenancy.application.CommunityAdministration;
import org.weimin.tenancy.application.CommunityNotFoundException;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A payment provider's notification to one community's channel: the plugin verifies and reads it (outside any
 * transaction), then the payment is settled once. A notification about a payment the community does not know is
 * acknowledged, so the provider stops retrying, and changes nothing.
 */
@ApplicationScoped
public class PaymentNotifications {

    private static final Logger LOG = Logger.getLogger(PaymentNotifications.class.getName());

    /** What to answer the provider. */
    public record Answer(int status, String body, String contentType, String error) {
    }

    @Inject
    PaymentBook book;

    @Inject
    CommunityFeatures features;

    @Inject
    CommunityAdministration communities;

    @Inject
    RateLimiter limiter;

    public Answer receive(CommunityId community, String channel, InboundDelivery delivery) {
        if (!communities.isActive(community)) {
            throw new CommunityNotFoundException(community.value());
        }
        if (!features.isEnabled(community, FeatureKind.PAYMENT_CHANNEL, channel)) {
            throw new NotFoundException("no payment channel '" + channel + "' here");
        }
        String source = delivery.remoteAddress() == null ? "-" : delivery.remoteAddress();
        if (!limiter.strangerMayTry(source)) {
            return new Answer(429, "too many notifications from this address failed authentication; retry later", null, "rate_limited");
        }
        PaymentNotice notice = features.call(community, channel, PaymentChannel.class, c -> c.notice(delivery));
        if (notice instanceof PaymentNotice.Unauthenticated refused) {
            limiter.strangerFailed(source);
            return new Answer(401, refused.reason(), null, "unauthenticated");
        }
        if (notice instanceof PaymentNotice.Malformed malformed) {
            return new Answer(400, malformed.reason(), null, "malformed");
        }
        try {
            PaymentBook.Settled settled = book.settle(community, channel, notice);
            if (settled == PaymentBook.Settled.UNKNOWN) {
                LOG.warning(() -> "community=" + community + " channel=" + channel + ": a notification about a payment it does not know");
            }
        } catch (InvalidInputException mismatch) {
            LOG.warning(() -> "community=" + community + " channel=" + channel + ": " + mismatch.getMessage());
            return new Answer(400, mismatch.getMessage(), null, "amount_mismatch");
        }
        return new Answer(200, notice.acknowledgement(), notice.acknowledgementType(), null);
    }
}
