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
 * @param point where on the map, when the sender gave one (a phone's location, Open311 lat/long), or null
 * @param urgent the sender marked it urgent (Open311's URGENCY attribute, say); since SPI 1.4
 * @param mediaUrl the web address of a photo the sender keeps of it (Open311 media_url), or null; since SPI 1.4
 */
public record DemandDraft(String text, String categoryHint, String placeHint, String contact, Origin origin, MapPoint point,
                          boolean urgent, String mediaUrl) {

    public DemandDraft {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a demand needs its text");
        }
        Objects.requireNonNull(origin, "origin");
    }

    /** A draft without a map point (the form before SPI 1.2). */
    public DemandDraft(String text, String categoryHint, String placeHint, String contact, Origin origin) {
        this(text, categoryHint, placeHint, contact, origin, null);
    }

    /** A draft that is not marked urgent and has no photo address (the form before SPI 1.4). */
    public DemandDraft(String text, String categoryHint, String placeHint, String contact, Origin origin, MapPoint point) {
        this(text, categoryHint, placeHint, contact, origin, point, false, null);
    }

    /** The same draft at another point on the map. */
    public DemandDraft at(MapPoint newPoint) {
        return new DemandDraft(text, categoryHint, placeHint, contact, origin, newPoint, urgent, mediaUrl);
    }

    /**
     * Where on the map, in WGS 84 degrees (what phones and Open311 report), since SPI 1.2.
     */
    public record MapPoint(double latitude, double longitude) {
        public MapPoint {
            if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
                throw new IllegalArgumentException("latitude is -90 to 90 and longitude -180 to 180 degrees");
            }
        }
    }

    /**
     * @param channel the feature id of the channel
     * @param externalId the delivery's id in the sender's system, which makes redelivery idempotent
     * @param rawPayload the delivery as received
     */
    public record Origin(String channel, String externalId, String rawPayload) {
    }
}
