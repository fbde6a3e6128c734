package org.weimin.fund.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A community's crowdfunding campaigns, the donations they received, and its match rules. */
public interface CampaignRepository {

    void add(Campaign campaign);

    Optional<Campaign> find(UUID id);

    /** The campaign, locked until the transaction ends (after the journal's lock, as every posting takes them). */
    Optional<Campaign> lock(UUID id);

    Optional<Campaign> ofProject(UUID projectId);

    /** Campaigns still open at their deadline, oldest deadline first. */
    List<UUID> overdue(Instant now, int limit);

    /** Every campaign, newest first. */
    List<Campaign> all();

    /** The donations a campaign received, in the order they came. */
    List<Donation> donationsOf(UUID campaignId);

    /** How much the pool has matched of this donor's donations to the campaign. */
    long matchedForDonor(UUID campaignId, String donorKey);

    boolean hasGiven(UUID campaignId, String donorKey);

    Optional<CommunityMatchRules> matchRules();

    void add(CommunityMatchRules rules);
}
