package org.weimin.fund.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.weimin.fund.model.AccountKind;
import org.weimin.fund.model.Campaign;
import org.weimin.fund.model.CampaignRepository;
import org.weimin.fund.model.Donation;
import org.weimin.fund.model.DonationMethod;
import org.weimin.fund.model.EntryDraft;
import org.weimin.fund.model.EntryKind;
import org.weimin.fund.model.FundAccount;
import org.weimin.fund.model.FundBooks;
import org.weimin.fund.model.JournalEntry;
import org.weimin.fund.model.Match;
import org.weimin.fund.model.Transfer;
import org.weimin.shared.NotFoundException;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A donation reaching a crowdfunding campaign, inside the caller's transaction: the donation, the pool's match of it and
 * a threshold grant now earned are posted together with the journal and the campaign locked, so two donations at once
 * cannot both take the last room under the target, nor the pool's last yuan. A gift with a key (a payment's) is received
 * once: received again, it changes nothing.
 */
@ApplicationScoped
public class CampaignGifts {

    /**
     * @param donorKey who gave, as the per-donor cap counts them, or null when unknown
     * @param key the payment it comes from (so that a repeated notification posts once), or null
     */
    public record Gift(long amountFen, String donorName, String donorKey, boolean anonymous, DonationMethod method, String receiptNo,
                       String goods, String by, String key) {
    }

    @Inject
    FundPostings postings;

    @Inject
    FundBooks books;

    @Inject
    CampaignRepository campaigns;

    @Inject
    FundEntries entries;

    @Inject
    Clock clock;

    public FundViews.Gift receive(CommunityId community, UUID campaignId, Gift gift) {
        postings.lock(community);
        Campaign campaign = campaigns.lock(campaignId).orElseThrow(() -> notFound(campaignId));
        if (gift.key() != null) {
            var received = books.entryByKey(gift.key());
            if (received.isPresent()) {
                return new FundViews.Gift(entries.view(received.get(), true), 0, Match.Limit.FACTOR, 0, FundViews.Campaign.of(campaign));
            }
        }
        Instant now = clock.instant();
        campaign.requireRoomFor(gift.amountFen(), now);
        FundAccount raised = account(community, campaign);
        FundAccount pool = postings.standard(community, AccountKind.SUBSIDY_POOL);
        FundAccount donors = postings.standard(community, AccountKind.DONOR_SOURCE);
        long donorMatched = gift.donorKey() == null ? 0 : campaigns.matchedForDonor(campaignId, gift.donorKey());
        boolean newDonor = gift.donorKey() == null || !campaigns.hasGiven(campaignId, gift.donorKey());
        Match match = campaign.match(gift.amountFen(), donorMatched, pool.balanceFen());
        JournalEntry donation = postings.post(community, new EntryDraft(EntryKind.DONATION_RECEIVED, gift.key(),
                List.of(new Transfer(donors.id(), raised.id(), gift.amountFen())), "为「" + campaign.title() + "」众筹", gift.receiptNo(),
                gift.by(), now, null));
        if (match.amountFen() > 0) {
            postings.post(community, new EntryDraft(EntryKind.MATCH, "match:" + donation.id(), List.of(new Transfer(pool.id(), raised.id(),
                    match.amountFen())), "配捐「" + campaign.title() + "」", "donation:" + donation.seq(), gift.by(), now, null));
        }
        books.record(Donation.toCampaign(donation, raised.id(), campaignId, gift.donorName(), gift.donorKey(), gift.anonymous(), gift.method(),
                gift.receiptNo(), gift.goods(), match.amountFen()));
        campaign.receive(gift.amountFen(), match, newDonor);
        long grant = campaign.thresholdGrantDue(pool.balanceFen());
        if (grant > 0) {
            postings.post(community, new EntryDraft(EntryKind.THRESHOLD_GRANT, "threshold:" + campaignId, List.of(new Transfer(pool.id(),
                    raised.id(), grant)), "「" + campaign.title() + "」达到门槛，奖补", "campaign:" + campaignId, gift.by(), now, null));
            campaign.granted(grant);
        }
        campaign.fundedIfReached();
        return new FundViews.Gift(entries.posted(donation), match.amountFen(), match.limitedBy(), grant, FundViews.Campaign.of(campaign));
    }

    FundAccount account(CommunityId community, Campaign campaign) {
        return postings.opened(community, AccountKind.CROWDFUNDING + ":" + campaign.projectId(),
                () -> FundAccount.ofProject(AccountKind.CROWDFUNDING, campaign.projectId(), campaign.title(), clock.instant()));
    }

    static NotFoundException notFound(UUID campaignId) {
        return new NotFoundException("no crowdfunding campaign " + campaignId + " here");
    }
}
