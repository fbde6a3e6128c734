package org.weimin.intake.application;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The channel features the platform gives a role of its own, named in configuration (the plugins decide
 * what the features are called): the one residents raise their own needs through, and the one the Open311
 * endpoint delivers to.
 */
@ApplicationScoped
public class IntakeChannels {

    @Inject
    @ConfigProperty(name = "weimin.intake.resident-channel")
    String residentChannel;

    @Inject
    @ConfigProperty(name = "weimin.intake.open311-channel")
    String open311Channel;

    /** Residents raise their own needs through this channel; every other form channel is staff's. */
    public String residentChannel() {
        return residentChannel;
    }

    public String open311Channel() {
        return open311Channel;
    }

    public boolean isResidentChannel(String featureId) {
        return residentChannel.equals(featureId);
    }
}
