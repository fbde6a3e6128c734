package org.weimin.fund.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.weimin.fund.model.AccountKind;
import org.weimin.fund.model.DonationMethod;
import org.weimin.fund.model.EntryKind;
import org.weimin.fund.model.FundAccount;
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
     * @param headSeq the number of the period's last entry; with headHash what a later statement must extend
     */
    public record Statement(String community, LocalDate from, LocalDate to, long subsidyReceivedFen, long donationsReceivedFen,
                            long matchedFen, long committedFen, long disbursedFen, long refundedFen, BigDecimal leverage,
                            List<Account> balances, List<Entry> entries, long headSeq, String headHash, boolean chainIntact) {
    }

    /** @param firstBrokenSeq the first entry that fails (with its id and problem), or null */
    public record Verification(boolean intact, long entries, long headSeq, String headHash, Long firstBrokenSeq, UUID firstBrokenId,
                               String problem, List<String> accountsOff) {
    }
}
