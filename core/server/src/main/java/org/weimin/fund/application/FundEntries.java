package org.weimin.fund.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.weimin.fund.model.Donation;
import org.weimin.fund.model.FundAccount;
import org.weimin.fund.model.FundBooks;
import org.weimin.fund.model.JournalEntry;
import org.weimin.fund.model.Posting;
import org.weimin.identity.application.InCommunity;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Permission;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The journal as people read it: each entry with its lines named, its donor (as far as the reader may see) and its hashes. */
@ApplicationScoped
public class FundEntries {

    @Inject
    FundBooks books;

    /** The journal for staff, newest first, every donor named. */
    @InCommunity
    @Transactional
    public FundViews.Journal journal(CommunityId community, Caller caller, int offset, int limit) {
        caller.require(Permission.TRIAGE_NEEDS, "only the community's staff read the fund's journal");
        int from = Math.max(0, offset);
        int size = Math.min(Math.max(1, limit), 200);
        return new FundViews.Journal(views(books.entries(from, size), true), books.countEntries(), from, size);
    }

    FundViews.Entry view(JournalEntry entry, boolean staff) {
        return views(List.of(entry), staff).get(0);
    }

    /** An entry this transaction has just posted, for staff: nothing can have reversed it yet. */
    FundViews.Entry posted(JournalEntry entry) {
        return views(List.of(entry), true, Set.of()).get(0);
    }

    List<FundViews.Entry> views(List<JournalEntry> entries, boolean staff) {
        return views(entries, staff, books.reversedAmong(entries.stream().map(JournalEntry::id).toList()));
    }

    private List<FundViews.Entry> views(List<JournalEntry> entries, boolean staff, Set<UUID> reversed) {
        Set<UUID> accountIds = entries.stream().flatMap(e -> e.postings().stream()).map(Posting::accountId).collect(Collectors.toSet());
        Map<UUID, FundAccount> accounts = books.accounts(accountIds).stream().collect(Collectors.toMap(FundAccount::id, Function.identity()));
        List<UUID> ids = entries.stream().map(JournalEntry::id).toList();
        Map<UUID, Donation> donations = books.donations(ids).stream().collect(Collectors.toMap(Donation::entryId, Function.identity()));
        List<FundViews.Entry> views = new ArrayList<>();
        for (JournalEntry e : entries) {
            List<FundViews.Line> lines = e.postings().stream().map(p -> {
                FundAccount a = accounts.get(p.accountId());
                return new FundViews.Line(p.accountId(), a.kind(), a.name(), p.side(), p.amountFen());
            }).toList();
            Donation d = donations.get(e.id());
            FundViews.Donor donor = d == null ? null : new FundViews.Donor(staff ? d.donorName() : d.publicName(), d.anonymous(), d.method(),
                    d.receiptNo(), d.goods());
            views.add(new FundViews.Entry(e.id(), e.seq(), e.kind(), e.amountFen(), e.reason(), e.document(), staff ? e.recordedBy() : null,
                    e.recordedAt(), e.reverses(), reversed.contains(e.id()), donor, lines, e.previousHash(), e.hash()));
        }
        return views;
    }
}
