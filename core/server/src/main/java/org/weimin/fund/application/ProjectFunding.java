package org.weimin.fund.application;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.weimin.fund.model.AccountKind;
import org.weimin.fund.model.EntryDraft;
import org.weimin.fund.model.EntryKind;
import org.weimin.fund.model.FundAccount;
import org.weimin.fund.model.Transfer;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The fund as projects use it, inside the project's own transaction: its budget committed from the subsidy pool into
 * the project's account (refused, with nothing posted, when the pool cannot afford it), payments out of it, and what
 * it did not use back to the pool. Each movement carries a key, so a step retried posts once.
 */
@ApplicationScoped
public class ProjectFunding {

    @Inject
    FundPostings postings;

    @Inject
    Crowdfunding crowdfunding;

    @Inject
    Clock clock;

    /**
     * Funds the project's budget: what its crowdfunding raised first, the rest committed from the pool (refused while the
     * campaign still runs).
     */
    public void commit(CommunityId community, UUID projectId, String projectTitle, long budgetFen, String by, String why) {
        FundAccount project = account(community, projectId, projectTitle);
        long rest = budgetFen - crowdfunding.takeFor(community, projectId, project, by);
        if (rest > 0) {
            FundAccount pool = postings.standard(community, AccountKind.SUBSIDY_POOL);
            postings.post(community, new EntryDraft(EntryKind.COMMITMENT, "commitment:" + projectId,
                    List.of(new Transfer(pool.id(), project.id(), rest)), why, "project:" + projectId, by, clock.instant(), null));
        }
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
        FundAccount pool = postings.standard(community, AccountKind.SUBSIDY_POOL);
        postings.post(community, new EntryDraft(EntryKind.COMMITMENT_RELEASED, "release:" + projectId,
                List.of(new Transfer(project.id(), pool.id(), amountFen)), why, "project:" + projectId, by, clock.instant(), null));
    }

    private FundAccount account(CommunityId community, UUID projectId, String title) {
        return postings.opened(community, AccountKind.PROJECT + ":" + projectId,
                () -> FundAccount.ofProject(AccountKind.PROJECT, projectId, title, clock.instant()));
    }
}
