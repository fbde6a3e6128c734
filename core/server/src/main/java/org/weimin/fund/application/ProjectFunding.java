package org.weimin.fund.application;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.weimin.fund.model.AccountKind;
import org.weimin.fund.model.EntryDraft;
import org.weimin.fund.model.EntryKind;
import org.weimin.fund.model.FundAccount;
import org.weimin.fund.model.FundBooks;
import org.weimin.fund.model.Posting;
import org.weimin.fund.model.Side;
import org.weimin.fund.model.Transfer;
import org.weimin.shared.InvalidInputException;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The fund as projects use it, inside the project's own transaction: its budget committed from the subsidy pool, the
 * general donations or a named fund into the project's account (refused, with nothing posted, when that fund cannot
 * afford it), payments out of it, and what it did not use back to the fund it came from. Each movement carries a key, so a step retried posts once.
 */
@ApplicationScoped
public class ProjectFunding {

    private static final Set<AccountKind> COMMITTABLE = EnumSet.of(AccountKind.SUBSIDY_POOL, AccountKind.DONATIONS, AccountKind.NAMED_FUND);

    @Inject
    FundPostings postings;

    @Inject
    Crowdfunding crowdfunding;

    @Inject
    FundBooks books;

    @Inject
    Clock clock;

    /**
     * Funds the project's budget: what its crowdfunding raised first (refused while the campaign still runs), the rest
     * committed from the fund chosen.
     *
     * @param fundId the subsidy pool, the general donations or a named fund to commit from; null for the subsidy pool
     * @return the name of the fund committed from, as people read it, or null when the crowdfunding paid for everything
     */
    public String commit(CommunityId community, UUID projectId, String projectTitle, long budgetFen, UUID fundId, String by, String why) {
        FundAccount project = account(community, projectId, projectTitle);
        FundAccount source = fundId == null ? postings.standard(community, AccountKind.SUBSIDY_POOL) : committable(community, fundId);
        long rest = budgetFen - crowdfunding.takeFor(community, projectId, project, by);
        if (rest <= 0) {
            return null;
        }
        postings.post(community, new EntryDraft(EntryKind.COMMITMENT, "commitment:" + projectId,
                List.of(new Transfer(source.id(), project.id(), rest)), why, "project:" + projectId, by, clock.instant(), null));
        return source.name() == null ? source.kind().name() : source.name();
    }

    /** @param key what the payment is for, once: a milestone, or the reward */
    public void pay(CommunityId community, UUID projectId, String key, long amountFen, String by, String why) {
        if (amountFen == 0) {
            return;
        }
        FundAccount project = account(community, projectId, null);
        FundAccount paidOut = postings.standard(community, AccountKind.DISBURSED);
        postings.post(community, new EntryDraft(EntryKind.DISBURSEMENT, "payment:" + key,
                List.of(new Transfer(project.id(), paidOut.id(), amountFen)), why, "project:" + projectId, by, clock.instant(), null));
    }

    public void release(CommunityId community, UUID projectId, long amountFen, String by, String why) {
        if (amountFen == 0) {
            return;
        }
        FundAccount project = account(community, projectId, null);
        // What was committed goes back to the fund it came from.
        UUID source = books.entryByKey("commitment:" + projectId).flatMap(e -> e.postings().stream().filter(p -> p.side() == Side.DEBIT)
                .findFirst()).map(Posting::accountId).orElseGet(() -> postings.standard(community, AccountKind.SUBSIDY_POOL).id());
        postings.post(community, new EntryDraft(EntryKind.COMMITMENT_RELEASED, "release:" + projectId,
                List.of(new Transfer(project.id(), source, amountFen)), why, "project:" + projectId, by, clock.instant(), null));
    }

    private FundAccount committable(CommunityId community, UUID fundId) {
        postings.lock(community);
        return books.accounts(List.of(fundId)).stream().filter(a -> COMMITTABLE.contains(a.kind())).findFirst()
                .orElseThrow(() -> new InvalidInputException("fundId", "no fund " + fundId + " here to commit from: "
                        + "the subsidy pool, the general donations or a named fund"));
    }

    private FundAccount account(CommunityId community, UUID projectId, String title) {
        return postings.opened(community, AccountKind.PROJECT + ":" + projectId,
                () -> FundAccount.ofProject(AccountKind.PROJECT, projectId, title, clock.instant()));
    }
}
