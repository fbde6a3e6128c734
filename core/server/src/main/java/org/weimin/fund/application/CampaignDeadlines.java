package org.weimin.fund.application;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.weimin.fund.model.Campaign;
import org.weimin.fund.model.CampaignRepository;
import org.weimin.fund.model.CampaignStatus;
import org.weimin.identity.application.InCommunity;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Campaigns whose deadline passed short of their target end: every donation and its match goes back. Each campaign ends in
 * its own transaction with the journal and the campaign locked; one that has ended is no longer due, and each refund has its
 * key, so a check that runs twice (or on two instances, or again after a crash) refunds once.
 */
@ApplicationScoped
public class CampaignDeadlines {

    static final int BATCH = 100;

    @Inject
    CampaignRepository campaigns;

    @Inject
    FundPostings postings;

    @Inject
    CampaignRefunds refunds;

    @Inject
    Clock clock;

    @InCommunity
    @Transactional
    public List<UUID> due(CommunityId community) {
        return campaigns.overdue(clock.instant(), BATCH);
    }

    /** @return whether the campaign ended now (false when it was funded or ended meanwhile) */
    @InCommunity
    @Transactional
    public boolean endIfOverdue(CommunityId community, UUID campaignId) {
        postings.lock(community);
        Campaign campaign = campaigns.lock(campaignId).orElseThrow();
        if (!campaign.isOverdue(clock.instant())) {
            return false;
        }
        refunds.refundAll(community, campaign, CampaignStatus.MISSED, "system", "众筹截止未达目标，善款及配捐原路退回");
        return true;
    }
}
