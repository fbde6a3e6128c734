package org.weimin.spi.intake;

import java.util.Objects;

/**
 * A need as a channel hands it over, before the community's demand library takes it in.
 *
 * @param text the need in the resident's words
 * @param categoryHint the channel's guess at a service category, or null
 * @param placeHint where, as the resident said it (a grid code, "3-2-501", an address), or null
 * @param contact how to reach the resident when they are not a known account (a phone number), or null
 * @param origin where the need came from, kept with it for good
 */
public record DemandDraft(String text, String categoryHint, String placeHint, String contact, Origin origin) {

    public DemandDraft {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a demand needs its text");
        }
        Objects.requireNonNull(origin, "origin");
    }

    /**
     * @param channel the feature id of the channel
     * @param externalId the delivery's id in the sender's system, which makes redelivery idempotent
     * @param rawPayload the delivery as received
     */
    public record Origin(String channel, String externalId, String rawPayload) {
    }
}
