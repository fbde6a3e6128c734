package org.weimin.fund.application;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.weimin.fund.model.AccountKind;
import org.weimin.fund.model.Donation;
import org.weimin.fund.model.DonationMethod;
import org.weimin.fund.model.EntryDraft;
import org.weimin.fund.model.EntryKind;
import org.weimin.fund.model.FundAccount;
import org.weimin.fund.model.FundBooks;
import org.weimin.fund.model.JournalEntry;
import org.weimin.fund.model.Ledger;
import org.weimin.fund.model.Transfer;
import org.weimin.identity.application.InCommunity;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Permission;
import org.weimin.platform.application.RetriedOnClash;
import org.weimin.platform.application.Written;
import org.weimin.shared.InvalidInputException;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Money coming into the fund: the government subsidy (the "1") and donations recorded by staff (the "X"), and named funds. */
@ApplicationScoped
public class FundIncome {

    /**
     * A donation as staff record it from its receipt.
     *
     * @param namedFundId the named fund it goes to, or null for the fund in general
     * @param goods what was given, for goods at a stated value
     */
    public record DonationReceipt(long amountFen, String donorName, boolean anonymous, DonationMethod method, String receiptNo,
                                  String goods, UUID namedFundId) {

        /** Refuses, naming the field, a receipt that lacks what the books and the donor's thanks rest on. */
        void requireComplete() {
            Ledger.requireAmount("amountFen", amountFen);
            if (method == null || method == DonationMethod.ONLINE) {
                throw new InvalidInputException("method", "staff record CASH, BANK_TRANSFER or GOODS; online donations come from their payment channel");
            }
            if (receiptNo == null || receiptNo.isBlank()) {
                throw new InvalidInputException("receiptNo", "is empty: every donation rests on its receipt number");
            }
            if (method == DonationMethod.GOODS && (goods == null || goods.isBlank())) {
                throw new InvalidInputException("goods", "is empty: say what goods were given, at the value stated");
            }
            if (!anonymous && (donorName == null || donorName.isBlank())) {
                throw new InvalidInputException("donorName", "is empty: name the donor, or record the donation as anonymous");
            }
        }

        String donor() {
            return donorName == null || donorName.isBlank() ? null : donorName.strip();
        }

        String goodsGiven() {
            return method == DonationMethod.GOODS ? goods.strip() : null;
        }
    }

    @Inject
    FundPostings postings;

    @Inject
    FundBooks books;

    @Inject
    FundEntries entries;

    @Inject
    Clock clock;

    @RetriedOnClash
    @InCommunity
    @Transactional
    public FundViews.Entry recordSubsidy(CommunityId community, Caller caller, long amountFen,
                                         @Written(message = "is empty: name the allocation document (拨款文件号)") String document, String note) {
        caller.require(Permission.MANAGE_COMMUNITY, "only the community's cadre records the subsidy");
        Ledger.requireAmount("amountFen", amountFen);
        FundAccount source = postings.standard(community, AccountKind.SUBSIDY_SOURCE);
        FundAccount pool = postings.standard(community, AccountKind.SUBSIDY_POOL);
        JournalEntry entry = postings.post(community, new EntryDraft(EntryKind.SUBSIDY_RECEIVED, null,
                List.of(new Transfer(source.id(), pool.id(), amountFen)), note == null || note.isBlank() ? "政府补贴拨入" : note.strip(),
                document.strip(), caller.username(), clock.instant(), null));
        return entries.posted(entry);
    }

    @RetriedOnClash
    @InCommunity
    @Transactional
    public FundViews.Entry recordDonation(CommunityId community, Caller caller, DonationReceipt receipt) {
        caller.require(Permission.TRIAGE_NEEDS, "only the community's staff record donations");
        receipt.requireComplete();
        FundAccount to = receipt.namedFundId() == null ? postings.standard(community, AccountKind.DONATIONS)
                : books.accounts(List.of(receipt.namedFundId())).stream().filter(a -> a.kind() == AccountKind.NAMED_FUND).findFirst()
                        .orElseThrow(() -> new InvalidInputException("namedFundId", "no named fund " + receipt.namedFundId() + " here"));
        return receive(community, to, receipt.amountFen(), receipt.donor(), receipt.anonymous(), receipt.method(), receipt.receiptNo().strip(),
                receipt.goodsGiven(), null, to.name() == null ? "社会捐赠" : "捐入" + to.name(), caller.username());
    }

    /** A donation paid online to the general donations, inside the caller's transaction, posted under its payment's key. */
    FundViews.Entry receiveOnline(CommunityId community, long amountFen, String donorName, boolean anonymous, String reference, String key,
                                  String why, String by) {
        return receive(community, postings.standard(community, AccountKind.DONATIONS), amountFen, donorName, anonymous, DonationMethod.ONLINE,
                reference, null, key, why, by);
    }

    /** A donation from the donors' side into a fund, with its record of who gave how; under a key when it must post once. */
    private FundViews.Entry receive(CommunityId community, FundAccount to, long amountFen, String donor, boolean anonymous, DonationMethod method,
                                    String reference, String goods, String key, String why, String by) {
        FundAccount source = postings.standard(community, AccountKind.DONOR_SOURCE);
        JournalEntry entry = postings.post(community, new EntryDraft(EntryKind.DONATION_RECEIVED, key,
                List.of(new Transfer(source.id(), to.id(), amountFen)), why, reference, by, clock.instant(), null));
        books.record(Donation.toFund(entry, to.id(), donor, anonymous, method, reference, goods));
        return entries.posted(entry);
    }

    /** Opens a named fund (冠名基金): the donor's naming is kept on the fund and on every statement. */
    @RetriedOnClash
    @InCommunity
    @Transactional
    public FundViews.Account openNamedFund(CommunityId community, Caller caller,
                                           @Written(message = "is empty: give the fund its name, as the donor wishes") String name) {
        caller.require(Permission.MANAGE_COMMUNITY, "only the community's cadre opens named funds");
        postings.lock(community);
        String naming = name.strip();
        if (books.allAccounts().stream().anyMatch(a -> naming.equals(a.name()))) {
            throw new InvalidInputException("name", "a fund of this name exists already");
        }
        FundAccount fund = FundAccount.namedFund(naming, clock.instant());
        books.open(fund);
        return FundViews.Account.of(fund);
    }
}
