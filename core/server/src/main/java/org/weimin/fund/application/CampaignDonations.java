package org.weimin.fund.application;

import java.util.UUID;

import org.weimin.identity.application.InCommunity;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Permission;
import org.weimin.platform.application.Required;
import org.weimin.platform.application.RetriedOnClash;
import org.weimin.shared.InvalidInputException;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Staff record a donation to a crowdfunding campaign from its receipt; the pool matches it by the campaign's rules. */
@ApplicationScoped
public class CampaignDonations {

    @Inject
    CampaignGifts gifts;

    @RetriedOnClash
    @InCommunity
    @Transactional
    public FundViews.Gift record(CommunityId community, Caller caller, UUID campaignId,
                                 @Required(message = "is missing: the donation's receipt") FundIncome.DonationReceipt receipt) {
        caller.require(Permission.TRIAGE_NEEDS, "only the community's staff record donations");
        receipt.requireComplete();
        if (receipt.namedFundId() != null) {
            throw new InvalidInputException("namedFundId", "a donation to a campaign goes to the campaign, not to a named fund");
        }
        String donor = receipt.donor();
        return gifts.receive(community, campaignId, new CampaignGifts.Gift(receipt.amountFen(), donor, donor == null ? null : "name:" + donor,
                receipt.anonymous(), receipt.method(), receipt.receiptNo().strip(), receipt.goodsGiven(), caller.username(), null));
    }
}
