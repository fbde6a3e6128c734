package org.weimin.wish.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The volunteer-hours ledger of the community in scope: entries are added, never changed or removed. */
public interface HoursLedger {

    /** Books the entry unless one with its key is already booked; answers whether it was booked now. */
    boolean book(HoursEntry entry);

    Optional<HoursEntry> find(UUID id);

    /** Whether this entry has been reversed already. */
    boolean isReversed(UUID entryId);

    /** A volunteer's entries, newest first. */
    List<HoursEntry> entriesOf(UUID volunteerId);

    /** Every volunteer's balance in minutes, for those with any entry. */
    Map<UUID, Long> balances();
}
