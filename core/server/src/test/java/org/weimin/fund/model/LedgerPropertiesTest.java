package org.weimin.fund.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random sequences of the fund's movements — subsidies, donations, matches, commitments, disbursements, refunds of a
 * donation with its match, and reversals — posted through the ledger. After every step, whether it was taken or refused:
 * every entry balances, no guarded account is below zero, the chain verifies, and every account's totals are the sums
 * of its postings. A refused step changes nothing.
 */
class LedgerPropertiesTest {

    private static final String COMMUNITY = "huanglong";

    /** One step: what it does, how much, and which earlier entry (for a reversal) or account it picks. */
    record Step(int what, long amountFen, int pick) {
    }

    @Property(tries = 10_000)
    void theBooksHoldAfterEveryStep(@ForAll("sequences") List<Step> steps) {
        Books books = new Books();
        for (Step step : steps) {
            Map<UUID, List<Long>> before = books.totals();
            long headBefore = books.head.seq();
            try {
                books.take(step);
            } catch (FundRuleException | org.weimin.shared.InvalidInputException refused) {
                assertThat(books.totals()).as("a refused step changes nothing").isEqualTo(before);
                assertThat(books.head.seq()).isEqualTo(headBefore);
            }
            books.assertHold();
        }
    }

    @Provide
    Arbitrary<List<Step>> sequences() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 7),
                Arbitraries.longs().between(1, 2_000_000), Arbitraries.integers().between(0, 1_000)).as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(25);
    }

    @Test
    void aChangedAmountIsNamedByTheChainsVerification() throws Exception {
        Books books = new Books();
        books.take(new Step(0, 500_00, 0));
        books.take(new Step(1, 200_00, 0));
        books.take(new Step(2, 50_00, 0));
        JournalEntry second = books.entries.get(1);
        var amount = Posting.class.getDeclaredField("amountFen");
        amount.setAccessible(true);
        amount.setLong(second.postings().get(0), 1);
        second.withPostings(List.of(second.postings().get(0), second.postings().get(1)));
        ChainVerification verification = ChainVerification.of(COMMUNITY, books.entries, List.copyOf(books.accounts.values()));
        assertThat(verification.intact()).isFalse();
        assertThat(verification.firstBroken().seq()).isEqualTo(2);
        assertThat(verification.firstBroken().problem()).isEqualTo(ChainVerification.Problem.CONTENT);
    }

    @Test
    void aLinkedEntryIsPostedWhollyOrNotAtAll() {
        Books books = new Books();
        books.take(new Step(0, 100, 0));
        FundAccount pool = books.account(AccountKind.SUBSIDY_POOL);
        FundAccount donations = books.account(AccountKind.DONATIONS);
        FundAccount project = books.account(AccountKind.PROJECT);
        EntryDraft both = new EntryDraft(EntryKind.COMMITMENT, null, List.of(new Transfer(pool.id(), project.id(), 100),
                new Transfer(donations.id(), project.id(), 1)), "两笔一起", null, "cadre", Instant.now(), null);
        assertThatThrownBy(() -> Ledger.post(both, books.accounts, books.head)).isInstanceOf(FundRuleException.class);
        assertThat(pool.balanceFen()).as("the first transfer did not happen either").isEqualTo(100);
        assertThat(project.balanceFen()).isZero();
    }

    /** A community's books in memory: the standard accounts, a named fund, a project and its crowdfunding. */
    static final class Books {

        final Map<UUID, FundAccount> accounts = new LinkedHashMap<>();
        final ChainHead head = new ChainHead(COMMUNITY);
        final List<JournalEntry> entries = new ArrayList<>();
        final Set<UUID> reversed = new HashSet<>();
        final Instant now = Instant.parse("2026-12-01T08:00:00Z");

        Books() {
            for (AccountKind kind : AccountKind.values()) {
                FundAccount account = kind.onePerCommunity() ? FundAccount.standard(kind, now)
                        : kind == AccountKind.NAMED_FUND ? FundAccount.namedFund("李氏敬老基金", now)
                        : FundAccount.ofProject(kind, UUID.randomUUID(), "加装扶手", now);
                accounts.put(account.id(), account);
            }
        }

        FundAccount account(AccountKind kind) {
            return accounts.values().stream().filter(a -> a.kind() == kind).findFirst().orElseThrow();
        }

        void take(Step step) {
            long x = step.amountFen();
            switch (step.what()) {
                case 0 -> post(EntryKind.SUBSIDY_RECEIVED, null, move(AccountKind.SUBSIDY_SOURCE, AccountKind.SUBSIDY_POOL, x));
                case 1 -> post(EntryKind.DONATION_RECEIVED, null, move(AccountKind.DONOR_SOURCE,
                        List.of(AccountKind.DONATIONS, AccountKind.NAMED_FUND, AccountKind.CROWDFUNDING).get(step.pick() % 3), x));
                case 2 -> post(EntryKind.MATCH, null, move(AccountKind.SUBSIDY_POOL, AccountKind.CROWDFUNDING, x));
                case 3 -> post(EntryKind.COMMITMENT, null, move(List.of(AccountKind.SUBSIDY_POOL, AccountKind.DONATIONS,
                        AccountKind.NAMED_FUND, AccountKind.CROWDFUNDING).get(step.pick() % 4), AccountKind.PROJECT, x));
                case 4 -> post(EntryKind.DISBURSEMENT, null, move(AccountKind.PROJECT, AccountKind.DISBURSED, x));
                case 5 -> post(EntryKind.REFUND, null, List.of(move(AccountKind.CROWDFUNDING, AccountKind.DONOR_SOURCE, x).get(0),
                        move(AccountKind.CROWDFUNDING, AccountKind.SUBSIDY_POOL, Math.max(1, x / 2)).get(0)));
                default -> reverseOne(step.pick());
            }
        }

        private void reverseOne(int pick) {
            List<JournalEntry> reversible = entries.stream().filter(e -> e.kind() != EntryKind.REVERSAL && !reversed.contains(e.id())).toList();
            if (reversible.isEmpty()) {
                return;
            }
            JournalEntry original = reversible.get(pick % reversible.size());
            post(EntryKind.REVERSAL, "reversal:" + original.id(), original.undoing(), original.id());
            reversed.add(original.id());
        }

        private List<Transfer> move(AccountKind from, AccountKind to, long amount) {
            return List.of(new Transfer(account(from).id(), account(to).id(), amount));
        }

        private void post(EntryKind kind, String key, List<Transfer> transfers) {
            post(kind, key, transfers, null);
        }

        private void post(EntryKind kind, String key, List<Transfer> transfers, UUID reverses) {
            entries.add(Ledger.post(new EntryDraft(kind, key, transfers, kind.name(), "R-1", "cadre", now.plusSeconds(entries.size()), reverses),
                    accounts, head));
        }

        Map<UUID, List<Long>> totals() {
            Map<UUID, List<Long>> totals = new LinkedHashMap<>();
            accounts.values().forEach(a -> totals.put(a.id(), List.of(a.debitsFen(), a.creditsFen())));
            return totals;
        }

        void assertHold() {
            assertThat(entries).allMatch(JournalEntry::isBalanced);
            assertThat(accounts.values()).filteredOn(FundAccount::guarded).allMatch(a -> a.balanceFen() >= 0);
            ChainVerification verification = ChainVerification.of(COMMUNITY, entries, List.copyOf(accounts.values()));
            assertThat(verification.intact()).as("%s", verification).isTrue();
            assertThat(verification.headSeq()).isEqualTo(head.seq()).isEqualTo(entries.size());
            assertThat(verification.headHash()).isEqualTo(head.hash());
        }
    }
}
