package org.weimin.spi.intake;

import org.weimin.spi.LocalizedText;

/**
 * What has become of a need that arrived through a channel, for the channel to tell the people it came
 * from (since SPI 1.3).
 *
 * @param externalId the id the channel gave the need's delivery ({@link DemandDraft.Origin#externalId()})
 * @param reference the need's reference, which residents and staff quote (e.g. D261127-K7P2QXM)
 * @param what what happened, in words for residents ("社区已受理" / "accepted by the community")
 * @param note the public words that came with it (how it was solved, why it was refused), or null
 */
public record ProgressNotice(String externalId, String reference, LocalizedText what, String note) {
}
