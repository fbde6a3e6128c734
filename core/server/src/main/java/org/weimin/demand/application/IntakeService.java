package org.weimin.demand.application;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Permission;
import org.weimin.plugin.application.CommunityFeatures;
import org.weimin.plugin.application.InvalidSettingsException;
import org.weimin.plugin.infrastructure.PluginHost;
import org.weimin.plugin.model.FeatureKind;
import org.weimin.shared.ForbiddenActionException;
import org.weimin.shared.InvalidInputException;
import org.weimin.shared.NotFoundException;
import org.weimin.spi.LocalizedText;
import org.weimin.spi.form.FormSchema;
import org.weimin.spi.form.ValidationResult;
import org.weimin.spi.intake.DemandDraft;
import org.weimin.spi.intake.InboundDelivery;
import org.weimin.spi.intake.IntakeChannel;
import org.weimin.spi.intake.IntakeResult;
import org.weimin.tenancy.application.CommunityAdministration;
import org.weimin.tenancy.application.CommunityNotFoundException;
import org.weimin.tenancy.model.CommunityId;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Every way in for needs: a delivery to a community's channel (a webhook, a callback) or a form submitted
 * through a channel's form. The channel plugin verifies and normalises; the demand library stores.
 */
@ApplicationScoped
public class IntakeService {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RESIDENT_PORTAL = "intake.resident-portal";

    /** A channel people fill in a form for. */
    public record FormChannel(String channelId, LocalizedText name) {
    }

    /** What the HTTP layer answers the sender. */
    public sealed interface Answer {
        record Stored(DemandService.IntakeOutcome outcome, String replyBody, String replyContentType) implements Answer {
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
    PluginHost host;

    @Inject
    DemandService demands;

    @Inject
    RateLimiter limiter;

    public Answer receive(String community, String channelId, InboundDelivery delivery) {
        CommunityId id = enabledChannel(community, channelId);
        String source = delivery.remoteAddress() == null ? "-" : delivery.remoteAddress();
        if (!limiter.strangerMayTry(source)) {
            return new Answer.Refused(429, "too many deliveries from this address failed authentication; retry later",
                    limiter.retryAfterSeconds(true));
        }
        IntakeChannel channel = features.instance(id, channelId, IntakeChannel.class);
        IntakeResult result = host.call(id, channelId, factory -> channel.receive(delivery));
        if (result instanceof IntakeResult.Unauthenticated refused) {
            limiter.strangerFailed(source);
            return new Answer.Refused(401, refused.reason(), 0);
        }
        if (!limiter.tryAcquire(id.value() + "/" + channelId)) {
            return new Answer.Refused(429, "too many deliveries to this channel; slow down and retry later",
                    limiter.retryAfterSeconds(false));
        }
        if (result instanceof IntakeResult.Malformed malformed) {
            return new Answer.Refused(400, malformed.reason(), 0);
        }
        IntakeResult.Accepted accepted = (IntakeResult.Accepted) result;
        return new Answer.Stored(demands.intake(id, accepted.drafts(), null, false, null,
                new DemandService.Contacts(accepted.contacts(), channelId, channelId)), accepted.replyBody(),
                accepted.replyContentType());
    }

    /** A signed-in resident (or a volunteer on their behalf) fills in a channel's form. */
    /** @param point where the resident is, when their phone shared it; kept on needs whose channel gave none */
    public DemandService.IntakeOutcome submitForm(String community, String channelId, Caller caller, Map<String, Object> values,
                                                  boolean publicVisible, DemandDraft.MapPoint point) {
        demands.requireMember(community, caller);
        if (!RESIDENT_PORTAL.equals(channelId) && !caller.permissions().contains(Permission.TRIAGE_NEEDS)) {
            throw new ForbiddenActionException("needs are entered through this channel by staff and volunteers");
        }
        CommunityId id = enabledChannel(community, channelId);
        IntakeChannel channel = features.instance(id, channelId, IntakeChannel.class);
        ValidationResult valid = host.call(id, channelId, factory -> channel.form().validate(values));
        if (!valid.isValid()) {
            throw new InvalidSettingsException(channelId, valid.errors());
        }
        String body;
        try {
            body = JSON.writeValueAsString(valid.values());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("form values cannot be written as JSON", e);
        }
        InboundDelivery delivery = new InboundDelivery("POST", Map.of("content-type", List.of("application/json"),
                "x-weimin-form", List.of(caller.username())), Map.of(), body.getBytes(StandardCharsets.UTF_8), "form");
        IntakeResult result = host.call(id, channelId, factory -> channel.receive(delivery));
        if (result instanceof IntakeResult.Accepted given) {
            IntakeResult.Accepted accepted = point == null ? given : new IntakeResult.Accepted(given.drafts().stream()
                    .map(d -> d.point() != null ? d : d.at(point)).toList(),
                    given.replyBody(), given.replyContentType(), given.contacts());
            DemandService.Contacts visited = new DemandService.Contacts(accepted.contacts(), channelId, caller.username());
            boolean ownNeed = RESIDENT_PORTAL.equals(channelId)
                    && caller.permissions().contains(Permission.SUBMIT_NEEDS);
            return ownNeed ? demands.intake(id, accepted.drafts(), caller, publicVisible, null, visited)
                    : demands.intake(id, accepted.drafts(), null, publicVisible, caller.username(), visited);
        }
        throw new InvalidInputException("", result instanceof IntakeResult.Malformed m
                ? m.reason() : "the channel refused the form");
    }

    /** The form a signed-in member fills in to raise a need through a channel. */
    public FormSchema channelForm(String community, String channelId, Caller caller) {
        demands.requireMember(community, caller);
        CommunityId id = enabledChannel(community, channelId);
        IntakeChannel channel = features.instance(id, channelId, IntakeChannel.class);
        return host.call(id, channelId, factory -> channel.form());
    }

    /**
     * The channels with a form this person may fill in: residents raise their own needs through the portal;
     * staff enter needs for others through every form channel (self-help station, forum minutes...).
     */
    public List<FormChannel> formChannels(String community, Caller caller) {
        demands.requireMember(community, caller);
        CommunityId id = new CommunityId(community);
        boolean staff = caller.permissions().contains(Permission.TRIAGE_NEEDS);
        return features.enabled(id, FeatureKind.INTAKE_CHANNEL).stream()
                .filter(f -> staff || RESIDENT_PORTAL.equals(f.featureId()))
                .filter(f -> {
                    IntakeChannel channel = features.instance(id, f.featureId(), IntakeChannel.class);
                    return !host.call(id, f.featureId(), factory -> channel.form()).fields().isEmpty();
                })
                .map(f -> new FormChannel(f.featureId(), f.displayName())).toList();
    }

    private CommunityId enabledChannel(String community, String channelId) {
        if (!CommunityId.isValid(community) || !communities.isActive(new CommunityId(community))) {
            throw new CommunityNotFoundException(community);
        }
        CommunityId id = new CommunityId(community);
        boolean enabled = features.enabled(id, FeatureKind.INTAKE_CHANNEL).stream().anyMatch(f -> f.featureId().equals(channelId));
        if (!enabled) {
            throw new NotFoundException("no channel '" + channelId + "' here");
        }
        return id;
    }
}
