package org.weimin.fund.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Recomputes a community's chain from its stored entries: each must follow the one before (number and hash), hash to
 * what it carries and balance; and each account's totals must equal the sums of its postings.
 *
 * @param firstBroken the first entry that fails, or null when the chain holds
 */
public record ChainVerification(boolean intact, long entries, long headSeq, String headHash, BrokenEntry firstBroken,
                                List<String> accountsOff) {

    public enum Problem {
        /** A number is missing or repeated: an entry was taken out or inserted. */
        GAP,
        /** It does not carry the hash of the entry before it. */
        LINK,
        /** Its content no longer hashes to what it carries: it was changed. */
        CONTENT,
        UNBALANCED
    }

    public record BrokenEntry(long seq, UUID id, Problem problem) {
    }

    /** @param entries the community's entries in order of their numbers, with their postings */
    public static ChainVerification of(String community, List<JournalEntry> entries, List<FundAccount> accounts) {
        String previous = EntryHash.genesis(community);
        long expected = 1;
        BrokenEntry broken = null;
        Map<UUID, long[]> sums = new HashMap<>();
        for (JournalEntry entry : entries) {
            for (Posting posting : entry.postings()) {
                sums.computeIfAbsent(posting.accountId(), k -> new long[2])[posting.side() == Side.DEBIT ? 0 : 1] += posting.amountFen();
            }
            if (broken == null) {
                Problem problem = entry.seq() != expected ? Problem.GAP
                        : !entry.previousHash().equals(previous) ? Problem.LINK
                        : !EntryHash.of(entry).equals(entry.hash()) ? Problem.CONTENT
                        : !entry.isBalanced() ? Problem.UNBALANCED : null;
                if (problem != null) {
                    broken = new BrokenEntry(entry.seq(), entry.id(), problem);
                }
            }
            previous = entry.hash();
            expected = entry.seq() + 1;
        }
        List<String> off = new ArrayList<>();
        for (FundAccount account : accounts) {
            long[] sum = sums.getOrDefault(account.id(), new long[2]);
            if (sum[0] != account.debitsFen() || sum[1] != account.creditsFen()) {
                off.add(account.accountKey());
            }
        }
        JournalEntry last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
        return new ChainVerification(broken == null && off.isEmpty(), entries.size(), last == null ? 0 : last.seq(),
                last == null ? EntryHash.genesis(community) : last.hash(), broken, List.copyOf(off));
    }
}
