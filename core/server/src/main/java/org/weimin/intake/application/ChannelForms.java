package org.weimin.intake.application;

import java.util.List;
import java.util.Map;

import org.weimin.demand.application.NeedAccess;
import org.weimin.demand.application.RecordNeeds;
import org.weimin.demand.application.Submitter;
import org.weimin.identity.application.InCommunity;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Permission;
import org.weimin.plugin.application.CommunityFeatures;
import org.weimin.plugin.application.InvalidSettingsException;
import org.weimin.plugin.model.FeatureKind;
import org.weimin.shared.ForbiddenActionException;
import org.weimin.shared.InvalidInputException;
import org.weimin.spi.LocalizedText;
import org.weimin.spi.form.FormSchema;
import org.weimin.spi.form.ValidationResult;
import org.weimin.spi.intake.DemandDraft;
import org.weimin.spi.intake.InboundDelivery;
import org.weimin.spi.intake.IntakeChannel;
import org.weimin.spi.intake.IntakeResult;
import org.weimin.tenancy.model.CommunityId;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Raising needs by filling in a channel's form: residents their own through the resident channel, staff
 * and volunteers other people's through every form channel (self-help station, forum minutes...).
 */
@ApplicationScoped
public class ChannelForms {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A channel people fill in a form for. */
    public record FormChannel(String channelId, LocalizedText name) {
    }

    @Inject
    CommunityFeatures features;

    @Inject
    ReceiveDelivery deliveries;

    @Inject
    RecordNeeds needs;

    @Inject
    IntakeChannels channels;

    /** The channels with a form this person may fill in. */
    @InCommunity
    public List<FormChannel> formChannels(CommunityId community, Caller caller) {
        NeedAccess.requireMember(caller, community);
        boolean staff = caller.permissions().contains(Permission.TRIAGE_NEEDS);
        return features.enabled(community, FeatureKind.INTAKE_CHANNEL).stream()
                .filter(f -> staff || channels.isResidentChannel(f.featureId()))
                .filter(f -> !features.call(community, f.featureId(), IntakeChannel.class, IntakeChannel::form).fields().isEmpty())
                .map(f -> new FormChannel(f.featureId(), f.displayName())).toList();
    }

    /** The form a signed-in member fills in to raise a need through a channel. */
    @InCommunity
    public FormSchema channelForm(CommunityId community, String channelId, Caller caller) {
        NeedAccess.requireMember(caller, community);
        deliveries.requireEnabled(community, channelId);
        return features.call(community, channelId, IntakeChannel.class, IntakeChannel::form);
    }

    /**
     * A signed-in resident (or a volunteer on their behalf) fills in a channel's form.
     *
     * @param point where the resident is, when their phone shared it; kept on needs whose channel gave none
     */
    @InCommunity
    public RecordNeeds.Outcome submit(CommunityId community, String channelId, Caller caller, Map<String, Object> values,
                                      boolean publicVisible, DemandDraft.MapPoint point) {
        NeedAccess.requireMember(caller, community);
        boolean residentChannel = channels.isResidentChannel(channelId);
        if (!residentChannel && !caller.permissions().contains(Permission.TRIAGE_NEEDS)) {
            throw new ForbiddenActionException("needs are entered through this channel by staff and volunteers");
        }
        deliveries.requireEnabled(community, channelId);
        ValidationResult valid = features.call(community, channelId, IntakeChannel.class, channel -> channel.form().validate(values));
        if (!valid.isValid()) {
            throw new InvalidSettingsException(channelId, valid.errors());
        }
        InboundDelivery delivery = new InboundDelivery("POST", Map.of("content-type", List.of("application/json"),
                "x-weimin-form", List.of(caller.username())), Map.of(), json(valid.values()), "form");
        IntakeResult result = features.call(community, channelId, IntakeChannel.class, channel -> channel.receive(delivery));
        if (!(result instanceof IntakeResult.Accepted accepted)) {
            throw new InvalidInputException("", result instanceof IntakeResult.Malformed m ? m.reason() : "the channel refused the form");
        }
        List<DemandDraft> drafts = point == null ? accepted.drafts()
                : accepted.drafts().stream().map(d -> d.point() != null ? d : d.at(point)).toList();
        RecordNeeds.Contacts visited = new RecordNeeds.Contacts(accepted.contacts(), channelId, caller.username());
        Submitter submitter = residentChannel && caller.permissions().contains(Permission.SUBMIT_NEEDS)
                ? new Submitter.Resident(caller) : new Submitter.OnBehalf(caller.username());
        return needs.record(community, drafts, submitter, publicVisible, visited);
    }

    private static byte[] json(Map<String, Object> values) {
        try {
            return JSON.writeValueAsBytes(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("form values cannot be written as JSON", e);
        }
    }
}
