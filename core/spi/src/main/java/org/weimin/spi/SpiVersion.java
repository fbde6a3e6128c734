package org.weimin.spi;

/**
 * The version of this SPI, semantic (1.1 added household contacts to intake results, 1.2 map points on drafts, 1.3 progress notices back through channels, 1.4 the nesting depth of a delivery, urgency and a photo address on drafts, 1.5 the channel helpers: HMAC signatures, JSON bodies read with the runtime's JSON-P, replies in words, 1.6 payment channels, 1.7 evaluation methods see the round and subject an answer is for): a plugin declares the range it needs in its manifest
 * ({@code Plugin-Requires: >=1.0.0 & <2.0.0}) and is not started by a platform outside that range.
 */
public final class SpiVersion {

    /** The SPI version this platform provides. */
    public static final String CURRENT = "1.7.0";

    private SpiVersion() {
    }
}
