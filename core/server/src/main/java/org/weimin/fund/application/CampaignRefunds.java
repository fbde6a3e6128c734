package org.weimin.fund.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.weimin.fund.model.AccountKind;
import org.weimin.fund.model.Campaign;
import org.weimin.fund.model.CampaignRepository;
import org.weimin.fund.model.CampaignStatus;
import org.weimin.fund.model.Donation;
import org.weimin.fund.model.EntryDraft;
import org.weimin.fund.model.EntryKind;
import org.weimin.fund.model.FundAccount;
import org.weimin.fund.model.Transfer;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Gives a campaign's money back to where it came from, inside the caller's transaction (journal and campaign locked):
 * each donation to the donors' side with its match to the pool in one linked entry, the threshold grant to the pool.
 * Every refund carries its donation's key, so a refund run again (after a crash, or on another instance) posts nothing twice.
 */
@ApplicationScoped
public class CampaignRefunds {

    @Inject
    FundPostings postings;

    @Inject
    CampaignRepository campaigns;

    @Inject
    CampaignGifts gifts;

    @Inject
    Clock clock;

    void refundAll(CommunityId community, Campaign campaign, CampaignStatus ending, String by, String why) {
        FundAccount raised = gifts.account(community, campaign);
        FundAccount pool = postings.standard(community, AccountKind.SUBSIDY_POOL);
        FundAccount donors = postings.standard(community, AccountKind.DONOR_SOURCE);
        for (Donation donation : campaigns.donationsOf(campaign.id())) {
            List<Transfer> back = new ArrayList<>(List.of(new Transfer(raised.id(), donors.id(), donation.amountFen())));
            if (donation.matchedFen() > 0) {
                back.add(new Transfer(raised.id(), pool.id(), donation.matchedFen()));
            }
            postings.post(community, new EntryDraft(EntryKind.REFUND, "refund:" + donation.entryId(), back, why,
                    donation.receiptNo(), by, clock.instant(), null));
        }
        if (campaign.grantedFen() > 0) {
            postings.post(community, new EntryDraft(EntryKind.REFUND, "refund-grant:" + campaign.id(), List.of(new Transfer(raised.id(), pool.id(),
                    campaign.grantedFen())), why, "campaign:" + campaign.id(), by, clock.instant(), null));
        }
        campaign.endRefunded(ending, clock.instant());
    }
}
