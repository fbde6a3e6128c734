package org.weimin.fund.application;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.weimin.fund.model.EntryDraft;
import org.weimin.fund.model.EntryKind;
import org.weimin.fund.model.FundBooks;
import org.weimin.fund.model.FundRuleException;
import org.weimin.fund.model.JournalEntry;
import org.weimin.identity.application.InCommunity;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Permission;
import org.weimin.platform.application.RetriedOnClash;
import org.weimin.platform.application.Written;
import org.weimin.shared.NotFoundException;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Corrections, the only way anything in the journal changes: a reversing entry cancels an entry exactly, once
 * (a unique key), and only while the money it moved is still where it went.
 */
@ApplicationScoped
public class FundCorrections {

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
    public FundViews.Entry reverse(CommunityId community, Caller caller, UUID entryId,
                                   @Written(message = "is empty: say why the entry is reversed") String reason) {
        caller.require(Permission.MANAGE_COMMUNITY, "only the community's cadre corrects the fund's entries");
        postings.lock(community);
        JournalEntry entry = books.entry(entryId).orElseThrow(() -> new NotFoundException("no fund entry " + entryId + " here"));
        if (entry.kind() == EntryKind.REVERSAL) {
            throw new FundRuleException(FundRuleException.Reason.REVERSAL_NOT_REVERSIBLE, null, "a reversal is not reversed; post the movement again");
        }
        if (!books.reversedAmong(List.of(entryId)).isEmpty()) {
            throw new FundRuleException(FundRuleException.Reason.ALREADY_REVERSED, null, "entry " + entry.seq() + " was reversed already");
        }
        JournalEntry reversal = postings.post(community, new EntryDraft(EntryKind.REVERSAL, "reversal:" + entryId, entry.undoing(),
                reason.strip(), entry.document(), caller.username(), clock.instant(), entryId));
        return entries.posted(reversal);
    }
}
