package org.weimin.fund.application;

import java.time.Clock;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.weimin.fund.model.AccountKind;
import org.weimin.fund.model.EntryDraft;
import org.weimin.fund.model.FundAccount;
import org.weimin.fund.model.FundBooks;
import org.weimin.fund.model.JournalEntry;
import org.weimin.fund.model.Ledger;
import org.weimin.fund.model.Transfer;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Where every movement of a community's fund is posted, inside the caller's transaction: the chain's head is locked
 * first, so one community's entries are numbered and chained one after another across instances, and the balances
 * a guard reads cannot change underneath it. An entry with a key posts once: asked again, it is the one returned.
 */
@ApplicationScoped
public class FundPostings {

    @Inject
    FundBooks books;

    @Inject
    Clock clock;

    /** Locks the community's journal for this transaction; call before reading balances that decide a movement. */
    void lock(CommunityId community) {
        books.lockHead(community.value());
    }

    JournalEntry post(CommunityId community, EntryDraft draft) {
        var head = books.lockHead(community.value());
        if (draft.key() != null) {
            var posted = books.entryByKey(draft.key());
            if (posted.isPresent()) {
                return posted.get();
            }
        }
        Set<UUID> ids = new HashSet<>();
        for (Transfer transfer : draft.transfers()) {
            ids.add(transfer.from());
            ids.add(transfer.to());
        }
        Map<UUID, FundAccount> accounts = books.accounts(ids).stream().collect(Collectors.toMap(FundAccount::id, Function.identity()));
        JournalEntry entry = Ledger.post(draft, accounts, head);
        books.record(entry);
        return entry;
    }

    /** The community's one account of a kind, opened with its first use. */
    FundAccount standard(CommunityId community, AccountKind kind) {
        return opened(community, kind.name(), () -> FundAccount.standard(kind, clock.instant()));
    }

    /** The account of this key, opened with its first use (under the journal's lock, so it is opened once). */
    FundAccount opened(CommunityId community, String accountKey, Supplier<FundAccount> opening) {
        lock(community);
        return books.accountByKey(accountKey).orElseGet(() -> {
            FundAccount account = opening.get();
            books.open(account);
            return account;
        });
    }
}
