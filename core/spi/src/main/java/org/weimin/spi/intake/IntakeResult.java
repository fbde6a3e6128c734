package org.weimin.spi.intake;

import java.util.List;

/** What a channel made of a delivery. */
public sealed interface IntakeResult {

    /**
     * The delivery was genuine and well-formed.
     *
     * @param drafts the needs it contained (none is fine: a visit with no need, a chat message without the keyword)
     * @param replyBody what to answer the sender, or null for an empty 200
     * @param contacts households staff were in touch with (since SPI 1.1)
     */
    record Accepted(List<DemandDraft> drafts, String replyBody, String replyContentType, List<HouseholdContact> contacts)
            implements IntakeResult {
        public Accepted {
            drafts = List.copyOf(drafts);
            contacts = contacts == null ? List.of() : List.copyOf(contacts);
        }

        public Accepted(List<DemandDraft> drafts, String replyBody, String replyContentType) {
            this(drafts, replyBody, replyContentType, List.of());
        }
    }

    /** The signature or token did not verify: answered 401, nothing stored. */
    record Unauthenticated(String reason) implements IntakeResult {
    }

    /** The delivery could not be read: answered 400 with the reason, nothing stored. */
    record Malformed(String reason) implements IntakeResult {
    }
}
