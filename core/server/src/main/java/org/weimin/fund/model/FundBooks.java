package org.weimin.fund.model;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A community's fund as stored: its accounts, its journal and the chain's head. */
public interface FundBooks {

    /** The chain's head, locked until the transaction ends; created with the community's first entry. */
    ChainHead lockHead(String community);

    Optional<FundAccount> accountByKey(String accountKey);

    List<FundAccount> accounts(Collection<UUID> ids);

    List<FundAccount> allAccounts();

    void open(FundAccount account);

    void record(JournalEntry entry);

    Optional<JournalEntry> entry(UUID id);

    Optional<JournalEntry> entryByKey(String key);

    /** Those of the entries that a reversal has cancelled. */
    Set<UUID> reversedAmong(Collection<UUID> entryIds);

    /** Entries with their postings, newest first. */
    List<JournalEntry> entries(int offset, int limit);

    long countEntries();

    /** Every entry in order of its number, with its postings: what verification reads. */
    List<JournalEntry> chain();

    void record(Donation donation);

    List<Donation> donations(Collection<UUID> entryIds);
}
