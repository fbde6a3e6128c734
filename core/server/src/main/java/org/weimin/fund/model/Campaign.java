package org.weimin.fund.model;

import java.time.Instant;
import java.util.UUID;

import org.weimin.shared.InvalidInputException;

/**
 * A project's crowdfunding campaign (众筹) with the pool's matching of it. Donations, their matches and a threshold grant
 * count towards the target; no donation takes it beyond the target, so the campaign is funded the moment the target is
 * reached, and refunded in full when its deadline passes first. Its totals are what its account received; the journal
 * holds the movements.
 */
public class Campaign {

    private String tenantId;
    private UUID id;
    private UUID projectId;
    private String title;
    private long targetFen;
    private Instant deadline;
    private MatchRules rules;
    private CampaignStatus status;
    private long donatedFen;
    private long matchedFen;
    private long grantedFen;
    private int donors;
    private boolean poolRanShort;
    private String openedBy;
    private Instant openedAt;
    private Instant endedAt;
    private long version;

    protected Campaign() {
    }

    public static Campaign open(UUID projectId, String title, long targetFen, Instant deadline, MatchRules rules, String by, Instant now) {
        Ledger.requireAmount("targetFen", targetFen);
        if (deadline == null || !deadline.isAfter(now)) {
            throw new InvalidInputException("deadline", "is " + deadline + ": a campaign ends on a day still to come");
        }
        Campaign campaign = new Campaign();
        campaign.id = UUID.randomUUID();
        campaign.projectId = projectId;
        campaign.title = title;
        campaign.targetFen = targetFen;
        campaign.deadline = deadline;
        campaign.rules = rules;
        campaign.status = CampaignStatus.OPEN;
        campaign.openedBy = by;
        campaign.openedAt = now;
        return campaign;
    }

    /** Refuses a donation the campaign cannot take: it is not open, or the donation would go beyond the target. */
    /** Whether it takes a donation of this size now (open, before its deadline, with that much room under the target). */
    public boolean hasRoomFor(long donationFen, Instant now) {
        return status == CampaignStatus.OPEN && now.isBefore(deadline) && donationFen <= roomFen();
    }

    public void requireRoomFor(long donationFen, Instant now) {
        if (status != CampaignStatus.OPEN || !now.isBefore(deadline)) {
            throw new FundRuleException(FundRuleException.Reason.CAMPAIGN_CLOSED, title, "the campaign for " + title + " takes no more donations");
        }
        if (donationFen > roomFen()) {
            throw new InvalidInputException("amountFen", "is " + donationFen + ": only " + roomFen() + " fen are left to raise");
        }
    }

    /** The pool's match of a donation the campaign has room for. */
    public Match match(long donationFen, long donorMatchedFen, long poolFen) {
        return rules.match(donationFen, matchedFen, donorMatchedFen, roomFen() - donationFen, poolFen);
    }

    public void receive(long donationFen, Match match, boolean newDonor) {
        donatedFen = Math.addExact(donatedFen, donationFen);
        matchedFen = Math.addExact(matchedFen, match.amountFen());
        donors += newDonor ? 1 : 0;
        poolRanShort |= match.limitedBy() == Match.Limit.POOL;
    }

    /** The threshold grant due now (within the room left and what the pool holds), or 0. */
    public long thresholdGrantDue(long poolFen) {
        if (grantedFen > 0 || !rules.thresholdReached(donatedFen + matchedFen, targetFen, donors)) {
            return 0;
        }
        long due = Math.min(rules.thresholdGrantFen(), roomFen());
        poolRanShort |= poolFen < due;
        return Math.max(0, Math.min(due, poolFen));
    }

    public void granted(long grantFen) {
        grantedFen = Math.addExact(grantedFen, grantFen);
    }

    /** Marks the campaign funded once its target is reached; @return whether it is */
    public boolean fundedIfReached() {
        if (status == CampaignStatus.OPEN && raisedFen() == targetFen) {
            status = CampaignStatus.FUNDED;
        }
        return status == CampaignStatus.FUNDED;
    }

    /** The project's approval takes what the campaign raised: @return the amount, moved into the project's account */
    public long take(Instant now) {
        if (status != CampaignStatus.FUNDED) {
            throw new FundRuleException(FundRuleException.Reason.CAMPAIGN_OPEN, title,
                    "the crowdfunding for " + title + " is " + status + "; approve it once the campaign has ended");
        }
        status = CampaignStatus.TAKEN;
        endedAt = now;
        return raisedFen();
    }

    public boolean isOverdue(Instant now) {
        return status == CampaignStatus.OPEN && !now.isBefore(deadline);
    }

    /** Ends a campaign whose money goes back (the deadline passed, or the project was refused). */
    public void endRefunded(CampaignStatus ending, Instant now) {
        if (ending != CampaignStatus.MISSED && ending != CampaignStatus.CANCELLED) {
            throw new IllegalArgumentException(ending + " is no refunded ending");
        }
        status = ending;
        endedAt = now;
    }

    /** Donations, matches and the grant: what counts towards the target. */
    public long raisedFen() {
        return donatedFen + matchedFen + grantedFen;
    }

    long roomFen() {
        return targetFen - raisedFen();
    }

    public UUID id() { return id; }
    public UUID projectId() { return projectId; }
    public String title() { return title; }
    public long targetFen() { return targetFen; }
    public Instant deadline() { return deadline; }
    public MatchRules rules() { return rules; }
    public CampaignStatus status() { return status; }
    public long donatedFen() { return donatedFen; }
    public long matchedFen() { return matchedFen; }
    public long grantedFen() { return grantedFen; }
    public int donors() { return donors; }
    public boolean poolRanShort() { return poolRanShort; }
    public String openedBy() { return openedBy; }
    public Instant openedAt() { return openedAt; }
    public Instant endedAt() { return endedAt; }
}
