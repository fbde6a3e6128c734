package org.weimin.fund.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An entry to post: its transfers succeed or fail together (linked, as TigerBeetle's linked transfers are).
 *
 * @param key a unique key for an effect that must happen once (a payment's notification, a donation's match), or null
 * @param document what the entry rests on: a receipt number, a bank slip, a decision's reference
 * @param reverses the entry this one cancels, or null
 */
public record EntryDraft(EntryKind kind, String key, List<Transfer> transfers, String reason, String document, String by,
                         Instant at, UUID reverses) {

    public EntryDraft {
        transfers = List.copyOf(transfers);
    }
}
