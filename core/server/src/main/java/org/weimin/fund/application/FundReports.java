package org.weimin.fund.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.weimin.fund.model.ChainVerification;
import org.weimin.fund.model.EntryHash;
import org.weimin.fund.model.EntryKind;
import org.weimin.fund.model.FundAccount;
import org.weimin.fund.model.FundBooks;
import org.weimin.fund.model.JournalEntry;
import org.weimin.fund.model.Posting;
import org.weimin.fund.model.Side;
import org.weimin.identity.application.InCommunity;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Permission;
import org.weimin.shared.InvalidInputException;
import org.weimin.tenancy.application.CommunityDirectory;
import org.weimin.tenancy.model.Community;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The fund as anyone may check it: the accounts, a period's statement with its chain head, and the chain's verification. */
@ApplicationScoped
public class FundReports {

    @Inject
    FundBooks books;

    @Inject
    FundEntries entries;

    @Inject
    CommunityDirectory communities;

    @Inject
    java.time.Clock clock;

    @InCommunity
    @Transactional
    public List<FundViews.Account> accounts(CommunityId community, Caller caller) {
        caller.require(Permission.TRIAGE_NEEDS, "only the community's staff read the fund's books");
        return books.allAccounts().stream().sorted(Comparator.comparing(FundAccount::kind).thenComparing(FundAccount::openedAt))
                .map(FundViews.Account::of).toList();
    }

    /** Recomputes the whole chain and every account's totals; names the first entry that fails. */
    @InCommunity
    @Transactional
    public FundViews.Verification verify(CommunityId community) {
        communities.requireActive(community);
        ChainVerification v = ChainVerification.of(community.value(), books.chain(), books.allAccounts());
        return new FundViews.Verification(v.intact(), v.entries(), v.headSeq(), v.headHash(),
                v.firstBroken() == null ? null : v.firstBroken().seq(), v.firstBroken() == null ? null : v.firstBroken().id(),
                v.firstBroken() == null ? null : v.firstBroken().problem().name(), v.accountsOff());
    }

    /**
     * A period's statement (days in the community's time zone, both included): what came in and went out, the balances
     * and the chain head at the period's end, every entry with the donors the public may see. Without days given,
     * the period is this year until today.
     */
    @InCommunity
    @Transactional
    public FundViews.Statement statement(CommunityId community, LocalDate fromDay, LocalDate toDay) {
        communities.requireActive(community);
        Community shown = communities.find(community).orElseThrow();
        LocalDate today = LocalDate.now(clock.withZone(shown.timeZone()));
        LocalDate from = fromDay == null ? today.withDayOfYear(1) : fromDay;
        LocalDate to = toDay == null ? today : toDay;
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "the period ends on or after the day it starts");
        }
        Instant start = from.atStartOfDay(shown.timeZone()).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(shown.timeZone()).toInstant();
        List<JournalEntry> chain = books.chain();
        List<FundAccount> accounts = books.allAccounts();
        Map<UUID, FundAccount> byId = new HashMap<>();
        accounts.forEach(a -> byId.put(a.id(), a));
        Map<UUID, Long> balances = new HashMap<>();
        Map<EntryKind, Long> moved = new HashMap<>();
        List<JournalEntry> inPeriod = new ArrayList<>();
        Map<UUID, EntryKind> kinds = new HashMap<>();
        JournalEntry last = null;
        ProjectTotals projects = new ProjectTotals(byId, kinds);
        for (JournalEntry e : chain) {
            kinds.put(e.id(), e.kind());
            if (!e.recordedAt().isBefore(end)) {
                break;
            }
            last = e;
            for (Posting p : e.postings()) {
                balances.merge(p.accountId(), p.side() == Side.CREDIT ? p.amountFen() : -p.amountFen(), Long::sum);
            }
            if (!e.recordedAt().isBefore(start)) {
                inPeriod.add(e);
                projects.add(e);
                // A reversal takes its original's amount off the original's kind.
                boolean reversal = e.kind() == EntryKind.REVERSAL;
                moved.merge(reversal ? kinds.get(e.reverses()) : e.kind(), reversal ? -e.amountFen() : e.amountFen(), Long::sum);
            }
        }
        long subsidy = moved.getOrDefault(EntryKind.SUBSIDY_RECEIVED, 0L);
        long donations = moved.getOrDefault(EntryKind.DONATION_RECEIVED, 0L);
        List<FundViews.Account> held = accounts.stream().filter(a -> a.kind().guarded())
                .sorted(Comparator.comparing(FundAccount::kind).thenComparing(FundAccount::openedAt))
                .map(a -> new FundViews.Account(a.id(), a.kind(), a.name(), balances.getOrDefault(a.id(), 0L), 0, 0)).toList();
        boolean intact = ChainVerification.of(community.value(), chain, accounts).intact();
        return new FundViews.Statement(community.value(), from, to, subsidy, donations, moved.getOrDefault(EntryKind.MATCH, 0L),
                moved.getOrDefault(EntryKind.COMMITMENT, 0L), moved.getOrDefault(EntryKind.DISBURSEMENT, 0L),
                moved.getOrDefault(EntryKind.REFUND, 0L), subsidy == 0 ? null : BigDecimal.valueOf(donations).divide(BigDecimal.valueOf(subsidy),
                        2, RoundingMode.HALF_UP), held, projects.totals(), entries.views(inPeriod, false), last == null ? 0 : last.seq(),
                last == null ? EntryHash.genesis(community.value()) : last.hash(), intact);
    }

}
