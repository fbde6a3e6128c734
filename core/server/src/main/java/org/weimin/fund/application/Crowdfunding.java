package org.weimin.fund.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.weimin.fund.model.Campaign;
import org.weimin.fund.model.CampaignRepository;
import org.weimin.fund.model.CampaignStatus;
import org.weimin.fund.model.EntryDraft;
import org.weimin.fund.model.EntryKind;
import org.weimin.fund.model.FundAccount;
import org.weimin.fund.model.FundRuleException;
import org.weimin.fund.model.MatchRules;
import org.weimin.fund.model.Transfer;
import org.weimin.identity.application.InCommunity;
import org.weimin.tenancy.application.CommunityDirectory;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * A project's crowdfunding as the projects use it, inside the project's transaction: a campaign opened with the
 * community's match rules (or its own), its money taken into the project's account by the approval, or given back when
 * the project is refused; and campaigns as anyone may read them.
 */
@ApplicationScoped
public class Crowdfunding {

    @Inject
    CampaignRepository campaigns;

    @Inject
    MatchSettings settings;

    @Inject
    FundPostings postings;

    @Inject
    CampaignGifts gifts;

    @Inject
    CampaignRefunds refunds;

    @Inject
    CommunityDirectory communities;

    @Inject
    Clock clock;

    /** @param rules the campaign's own match rules, or null for the community's */
    public FundViews.Campaign open(UUID projectId, String title, long targetFen, Instant deadline, MatchRules rules, String by) {
        if (campaigns.ofProject(projectId).isPresent()) {
            throw new FundRuleException(FundRuleException.Reason.CAMPAIGN_OPEN, title, "the project has had its crowdfunding already");
        }
        Campaign campaign = Campaign.open(projectId, title, targetFen, deadline, rules == null ? settings.rules() : rules, by, clock.instant());
        campaigns.add(campaign);
        return FundViews.Campaign.of(campaign);
    }

    /**
     * What the project's crowdfunding raised, moved into the project's account for its approval (0 without a campaign, or
     * when it missed its target and was refunded); refused while the campaign still runs.
     */
    public long takeFor(CommunityId community, UUID projectId, FundAccount project, String by) {
        Optional<Campaign> found = campaigns.ofProject(projectId);
        if (found.isEmpty() || found.get().status() == CampaignStatus.MISSED) {
            return 0;
        }
        postings.lock(community);
        Campaign campaign = campaigns.lock(found.get().id()).orElseThrow();
        long raised = campaign.take(clock.instant());
        postings.post(community, new EntryDraft(EntryKind.CROWDFUNDING_RAISED, "raised:" + campaign.id(),
                List.of(new Transfer(gifts.account(community, campaign).id(), project.id(), raised)), "众筹所得转入「" + campaign.title() + "」",
                "campaign:" + campaign.id(), by, clock.instant(), null));
        return raised;
    }

    /** A refused project's campaign ends, and what it raised goes back to where it came from. */
    public void cancelFor(CommunityId community, UUID projectId, String by, String reason) {
        Optional<Campaign> found = campaigns.ofProject(projectId);
        if (found.isEmpty()) {
            return;
        }
        postings.lock(community);
        Campaign campaign = campaigns.lock(found.get().id()).orElseThrow();
        if (campaign.status() == CampaignStatus.OPEN || campaign.status() == CampaignStatus.FUNDED) {
            refunds.refundAll(community, campaign, CampaignStatus.CANCELLED, by, "项目未获批，众筹退回：" + reason);
        }
    }

    public Optional<FundViews.Campaign> ofProject(UUID projectId) {
        return campaigns.ofProject(projectId).map(FundViews.Campaign::of);
    }

    /** Every campaign, by its project. */
    public Map<UUID, FundViews.Campaign> byProject() {
        return campaigns.all().stream().collect(Collectors.toMap(Campaign::projectId, FundViews.Campaign::of));
    }

    /** Every campaign of the community, for anyone: the open ones first. */
    @InCommunity
    @Transactional
    public List<FundViews.Campaign> campaigns(CommunityId community) {
        communities.requireActive(community);
        return campaigns.all().stream().sorted((a, b) -> Boolean.compare(b.status() == CampaignStatus.OPEN, a.status() == CampaignStatus.OPEN))
                .map(FundViews.Campaign::of).toList();
    }
}
