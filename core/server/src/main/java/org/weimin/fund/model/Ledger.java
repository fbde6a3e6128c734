package org.weimin.fund.model;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.weimin.shared.InvalidInputException;

/**
 * Posts entries: each is balanced by construction (every transfer debits one account and credits another by the same
 * amount), applied all or nothing, refused when a guarded account would go below zero, numbered after the chain's head
 * and chained to it.
 */
public final class Ledger {

    /** A hundred million yuan: more in one movement is a typing mistake, not a community's donation. */
    public static final long MOST_FEN = 10_000_000_000L;

    private Ledger() {
    }

    /** @param accounts every account the draft names, by id (the caller holds the chain head's lock) */
    public static JournalEntry post(EntryDraft draft, Map<UUID, FundAccount> accounts, ChainHead head) {
        if (draft.transfers().isEmpty()) {
            throw new InvalidInputException("amountFen", "an entry moves some money");
        }
        Map<UUID, Long> balances = new HashMap<>();
        for (Transfer transfer : draft.transfers()) {
            if (transfer.amountFen() <= 0) {
                throw new InvalidInputException("amountFen", "is " + transfer.amountFen() + ": an amount is a positive number of fen");
            }
            FundAccount from = account(accounts, transfer.from());
            FundAccount to = account(accounts, transfer.to());
            if (from.id().equals(to.id())) {
                throw new InvalidInputException("account", "money moves between two different accounts");
            }
            long fromHolds = balances.getOrDefault(from.id(), from.balanceFen());
            if (from.guarded() && fromHolds < transfer.amountFen()) {
                throw new FundRuleException(FundRuleException.Reason.INSUFFICIENT_FUNDS, from.name() == null ? from.kind().name() : from.name(),
                        from.kind() + " holds " + fromHolds + " fen, less than the " + transfer.amountFen() + " fen asked for");
            }
            balances.put(from.id(), Math.subtractExact(fromHolds, transfer.amountFen()));
            balances.put(to.id(), Math.addExact(balances.getOrDefault(to.id(), to.balanceFen()), transfer.amountFen()));
        }
        JournalEntry entry = new JournalEntry(draft, head.seq() + 1, head.hash());
        for (Posting posting : entry.postings()) {
            accounts.get(posting.accountId()).apply(posting.side(), posting.amountFen());
        }
        head.advance(entry);
        return entry;
    }

    private static FundAccount account(Map<UUID, FundAccount> accounts, UUID id) {
        FundAccount account = accounts.get(id);
        if (account == null) {
            throw new InvalidInputException("account", "no account " + id + " in this fund");
        }
        return account;
    }

    /** An amount someone asks to move: a whole number of fen from 1 to {@link #MOST_FEN}, or bad input naming the field. */
    public static void requireAmount(String field, long amountFen) {
        if (amountFen <= 0 || amountFen > MOST_FEN) {
            throw new InvalidInputException(field, "is " + amountFen + ": an amount is a whole number of fen, 1 to " + MOST_FEN);
        }
    }
}
