package org.weimin.fund.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.weimin.fund.model.AccountKind;
import org.weimin.fund.model.EntryKind;
import org.weimin.fund.model.FundAccount;
import org.weimin.fund.model.JournalEntry;
import org.weimin.fund.model.Posting;

/**
 * What each project raised, was matched and spent in a period, summed from the journal's entries: donations and matches
 * into its campaign less what was refunded, payments out of its account; a reversal counts against what it reverses.
 */
final class ProjectTotals {

    private final Map<UUID, FundAccount> accounts;
    private final Map<UUID, EntryKind> kinds;
    private final Map<UUID, long[]> byProject = new LinkedHashMap<>();
    private final Map<UUID, String> titles = new LinkedHashMap<>();

    /** @param kinds the kind of every entry so far, to know what a reversal reverses */
    ProjectTotals(Map<UUID, FundAccount> accounts, Map<UUID, EntryKind> kinds) {
        this.accounts = accounts;
        this.kinds = kinds;
    }

    void add(JournalEntry entry) {
        boolean reversal = entry.kind() == EntryKind.REVERSAL;
        EntryKind kind = reversal ? kinds.get(entry.reverses()) : entry.kind();
        long sign = reversal ? -1 : 1;
        List<Posting> postings = entry.postings();
        for (int i = 0; i + 1 < postings.size(); i += 2) {
            // A reversal moves money the other way; seen from the entry it reverses, its source is where the money went.
            FundAccount from = accounts.get(postings.get(reversal ? i + 1 : i).accountId());
            FundAccount to = accounts.get(postings.get(reversal ? i : i + 1).accountId());
            long amount = sign * postings.get(i).amountFen();
            if (to.kind() == AccountKind.CROWDFUNDING && kind == EntryKind.DONATION_RECEIVED) {
                tally(to, 0, amount);
            } else if (to.kind() == AccountKind.CROWDFUNDING && (kind == EntryKind.MATCH || kind == EntryKind.THRESHOLD_GRANT)) {
                tally(to, 1, amount);
            } else if (from.kind() == AccountKind.CROWDFUNDING && kind == EntryKind.REFUND) {
                tally(from, to.kind() == AccountKind.DONOR_SOURCE ? 0 : 1, -amount);
            } else if (from.kind() == AccountKind.PROJECT && kind == EntryKind.DISBURSEMENT) {
                tally(from, 2, amount);
            }
        }
    }

    List<FundViews.ProjectMoney> totals() {
        List<FundViews.ProjectMoney> totals = new ArrayList<>();
        byProject.forEach((project, sums) -> totals.add(new FundViews.ProjectMoney(project, titles.get(project), sums[0], sums[1], sums[2])));
        return totals;
    }

    private void tally(FundAccount account, int which, long amount) {
        byProject.computeIfAbsent(account.projectId(), p -> new long[3])[which] += amount;
        if (account.name() != null) {
            titles.put(account.projectId(), account.name());
        }
    }
}
