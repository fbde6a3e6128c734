package org.weimin.intake.application;

import org.weimin.demand.application.RecordNeeds;
import org.weimin.demand.application.Submitter;
import org.weimin.plugin.application.CommunityFeatures;
import org.weimin.plugin.model.FeatureKind;
import org.weimin.shared.NotFoundException;
import org.weimin.spi.intake.InboundDelivery;
import org.weimin.spi.intake.IntakeChannel;
import org.weimin.spi.intake.IntakeResult;
import org.weimin.tenancy.application.CommunityAdministration;
import org.weimin.tenancy.application.CommunityNotFoundException;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A delivery from outside (a webhook, a callback, an Open311 request) to one community's channel: the
 * channel plugin verifies and normalises it, the demand library stores what it brings.
 */
@ApplicationScoped
public class ReceiveDelivery {

    /** What the HTTP layer answers the sender. */
    public sealed interface Answer {
        record Stored(RecordNeeds.Outcome outcome, String replyBody, String replyContentType) implements Answer {
        }

        /** @param retryAfterSeconds when the sender may try again (429), or 0 */
        record Refused(int status, String reason, long retryAfterSeconds) implements Answer {
        }
    }

    @Inject
    CommunityAdministration communities;

    @Inject
    CommunityFeatures features;

    @Inject
    RecordNeeds needs;

    @Inject
    RateLimiter limiter;

    public Answer receive(CommunityId community, String channelId, InboundDelivery delivery) {
        requireEnabled(community, channelId);
        String source = delivery.remoteAddress() == null ? "-" : delivery.remoteAddress();
        if (!limiter.strangerMayTry(source)) {
            return new Answer.Refused(429, "too many deliveries from this address failed authentication; retry later",
                    limiter.retryAfterSeconds(true));
        }
        IntakeResult result = features.call(community, channelId, IntakeChannel.class, channel -> channel.receive(delivery));
        if (result instanceof IntakeResult.Unauthenticated refused) {
            limiter.strangerFailed(source);
            return new Answer.Refused(401, refused.reason(), 0);
        }
        if (!limiter.tryAcquire(community.value() + "/" + channelId)) {
            return new Answer.Refused(429, "too many deliveries to this channel; slow down and retry later",
                    limiter.retryAfterSeconds(false));
        }
        if (result instanceof IntakeResult.Malformed malformed) {
            return new Answer.Refused(400, malformed.reason(), 0);
        }
        IntakeResult.Accepted accepted = (IntakeResult.Accepted) result;
        return new Answer.Stored(needs.record(community, accepted.drafts(), new Submitter.Anonymous(), false,
                new RecordNeeds.Contacts(accepted.contacts(), channelId, channelId)), accepted.replyBody(),
                accepted.replyContentType());
    }

    /** A suspended community takes nothing in, and a channel the community has not turned on does not exist. */
    void requireEnabled(CommunityId community, String channelId) {
        if (!communities.isActive(community)) {
            throw new CommunityNotFoundException(community.value());
        }
        if (!features.isEnabled(community, FeatureKind.INTAKE_CHANNEL, channelId)) {
            throw new NotFoundException("no channel '" + channelId + "' here");
        }
    }
}
