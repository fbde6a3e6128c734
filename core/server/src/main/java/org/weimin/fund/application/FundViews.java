package org.weimin.fund.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.weimin.fund.model.AccountKind;
import org.weimin.fund.model.CampaignStatus;
import org.weimin.fund.model.DonationMethod;
import org.weimin.fund.model.EntryKind;
import org.weimin.fund.model.FundAccount;
import org.weimin.fund.model.Match;
import org.weimin.fund.model.MatchRules;
import org.weimin.fund.model.Side;

/** What the fund's pages and API show. Amounts are integer fen. */
public final class FundViews {

    private FundViews() {
    }

    public record Account(UUID id, AccountKind kind, String name, long balanceFen, long debitsFen, long creditsFen) {

        static Account of(FundAccount a) {
            return new Account(a.id(), a.kind(), a.name(), a.balanceFen(), a.debitsFen(), a.creditsFen());
        }
    }

    public record Line(UUID accountId, AccountKind accountKind, String accountName, Side side, long amountFen) {
    }

    /** @param donor who gave, as the reader may see it: staff read every name, the public no anonymous one */
    public record Donor(String name, boolean anonymous, DonationMethod method, String receiptNo, String goods) {
    }

    public record Entry(UUID id, long seq, EntryKind kind, long amountFen, String reason, String document, String recordedBy,
                        Instant recordedAt, UUID reverses, boolean reversed, Donor donor, List<Line> lines, String previousHash,
                        String hash) {
    }

    public record Journal(List<Entry> items, long total, int offset, int limit) {
    }

    /**
     * A period's public statement.
     *
     * @param leverage the X raised per yuan of subsidy received in the period (donations ÷ subsidy), null without subsidy
     * @param projects what each project raised, was matched and spent in the period
     * @param headSeq the number of the period's last entry; with headHash what a later statement must extend
     */
    public record Statement(String community, LocalDate from, LocalDate to, long subsidyReceivedFen, long donationsReceivedFen,
                            long matchedFen, long committedFen, long disbursedFen, long refundedFen, BigDecimal leverage,
                            List<Account> balances, List<ProjectMoney> projects, List<Entry> entries, long headSeq, String headHash,
                            boolean chainIntact) {
    }

    /** A project's money in a period: raised from donors (less refunds), matched from the pool (and granted), spent on its work. */
    public record ProjectMoney(UUID projectId, String title, long raisedFen, long matchedFen, long spentFen) {
    }

    /** Match rules as set: caps are null when there is none. */
    public record Rules(int factorNumerator, int factorDenominator, Long donationCapFen, Long projectCapFen, Long donorCapFen,
                        long thresholdGrantFen, int thresholdPercent, int thresholdDonors) {

        static Rules of(MatchRules r) {
            return new Rules(r.factorNumerator(), r.factorDenominator(), r.donationCapFen(), r.projectCapFen(), r.donorCapFen(),
                    r.thresholdGrantFen(), r.thresholdPercent(), r.thresholdDonors());
        }
    }

    /**
     * A crowdfunding campaign as its project page shows it.
     *
     * @param raisedFen donations, matches and the threshold grant: what counts towards the target
     * @param poolRanShort whether the subsidy pool held less than a match or the grant asked (matched partly, then not)
     */
    public record Campaign(UUID id, UUID projectId, String title, CampaignStatus status, long targetFen, Instant deadline, long donatedFen,
                           long matchedFen, long grantedFen, long raisedFen, int donors, boolean poolRanShort, Rules rules, Instant endedAt) {

        static Campaign of(org.weimin.fund.model.Campaign c) {
            return new Campaign(c.id(), c.projectId(), c.title(), c.status(), c.targetFen(), c.deadline(), c.donatedFen(), c.matchedFen(),
                    c.grantedFen(), c.raisedFen(), c.donors(), c.poolRanShort(), Rules.of(c.rules()), c.endedAt());
        }
    }

    /** A donation to a campaign as it was received: the entry, the match it drew and what limited the match. */
    public record Gift(Entry donation, long matchedFen, Match.Limit matchLimitedBy, long thresholdGrantFen, Campaign campaign) {
    }

    /** @param firstBrokenSeq the first entry that fails (with its id and problem), or null */
    public record Verification(boolean intact, long entries, long headSeq, String headHash, Long firstBrokenSeq, UUID firstBrokenId,
                               String problem, List<String> accountsOff) {
    }
}
