package org.weimin.fund.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.weimin.shared.InvalidInputException;

/** The pool's matching of donations to a crowdfunding campaign, worked through by hand. */
class MatchingTest {

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

    @Test
    void oneToOneMatchesEveryYuanGiven() {
        Campaign campaign = campaign(100_000, MatchRules.ONE_TO_ONE);
        Match match = campaign.match(10_000, 0, 1_000_000);
        assertThat(match).isEqualTo(new Match(10_000, Match.Limit.FACTOR));
        campaign.receive(10_000, match, true);
        assertThat(campaign.raisedFen()).isEqualTo(20_000);
    }

    @Test
    void aFactorOfOneToTwoMatchesHalfRoundedDownToTheFen() {
        MatchRules half = MatchRules.of(1, 2, null, null, null, 0, 0, 0);
        assertThat(campaign(100_000, half).match(333, 0, 1_000_000).amountFen()).isEqualTo(166);
    }

    @Test
    void theCapsOfADonationAProjectAndADonorEachHold() {
        MatchRules capped = MatchRules.of(1, 1, 5_000L, 12_000L, 8_000L, 0, 0, 0);
        Campaign campaign = campaign(1_000_000, capped);
        assertThat(campaign.match(20_000, 0, 1_000_000)).isEqualTo(new Match(5_000, Match.Limit.DONATION_CAP));
        assertThat(campaign.match(20_000, 6_000, 1_000_000)).as("the donor had 6,000 matched of 8,000").isEqualTo(new Match(2_000, Match.Limit.DONOR_CAP));
        campaign.receive(20_000, new Match(5_000, Match.Limit.DONATION_CAP), true);
        campaign.receive(20_000, new Match(5_000, Match.Limit.DONATION_CAP), true);
        assertThat(campaign.match(20_000, 0, 1_000_000)).as("10,000 of the project's 12,000 matched").isEqualTo(new Match(2_000, Match.Limit.PROJECT_CAP));
    }

    @Test
    void aPoolRunningShortMatchesPartlyThenNotAtAllAndTheCampaignSaysSo() {
        Campaign campaign = campaign(1_000_000, MatchRules.ONE_TO_ONE);
        Match partly = campaign.match(10_000, 0, 3_000);
        assertThat(partly).isEqualTo(new Match(3_000, Match.Limit.POOL));
        campaign.receive(10_000, partly, true);
        assertThat(campaign.poolRanShort()).isTrue();
        assertThat(campaign.match(10_000, 0, 0)).isEqualTo(new Match(0, Match.Limit.POOL));
    }

    @Test
    void nothingTakesTheCampaignBeyondItsTargetAndReachingItFundsIt() {
        Campaign campaign = campaign(30_000, MatchRules.ONE_TO_ONE);
        campaign.receive(10_000, campaign.match(10_000, 0, 1_000_000), true);
        Match last = campaign.match(6_000, 0, 1_000_000);
        assertThat(last).as("room for 4,000 after the 6,000 given").isEqualTo(new Match(4_000, Match.Limit.TARGET));
        campaign.receive(6_000, last, true);
        assertThat(campaign.fundedIfReached()).isTrue();
        assertThat(campaign.status()).isEqualTo(CampaignStatus.FUNDED);
        assertThatThrownBy(() -> campaign.requireRoomFor(100, NOW)).isInstanceOf(FundRuleException.class);
        Campaign almost = campaign(30_000, MatchRules.ONE_TO_ONE);
        assertThatThrownBy(() -> almost.requireRoomFor(30_001, NOW)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("30000 fen are left");
    }

    @Test
    void theThresholdGrantIsPaidOnceWhenTheShareOrTheDonorsAreReached() {
        MatchRules threshold = MatchRules.of(0, 1, null, null, null, 20_000, 50, 3);
        Campaign byShare = campaign(100_000, threshold);
        byShare.receive(49_000, new Match(0, Match.Limit.FACTOR), true);
        assertThat(byShare.thresholdGrantDue(1_000_000)).isZero();
        byShare.receive(1_000, new Match(0, Match.Limit.FACTOR), true);
        assertThat(byShare.thresholdGrantDue(1_000_000)).as("half the target raised").isEqualTo(20_000);
        byShare.granted(20_000);
        assertThat(byShare.thresholdGrantDue(1_000_000)).as("once").isZero();

        Campaign byDonors = campaign(100_000, threshold);
        for (int i = 0; i < 3; i++) {
            byDonors.receive(100, new Match(0, Match.Limit.FACTOR), true);
        }
        assertThat(byDonors.thresholdGrantDue(5_000)).as("three donors, but the pool holds 5,000").isEqualTo(5_000);
        assertThat(byDonors.poolRanShort()).isTrue();
    }

    @Test
    void badRulesAreRefusedNamingTheField() {
        assertThatThrownBy(() -> MatchRules.of(1, 0, null, null, null, 0, 0, 0)).hasMessageContaining("from 1 to 10")
                .extracting("field").isEqualTo("factorDenominator");
        assertThatThrownBy(() -> MatchRules.of(1, 1, -5L, null, null, 0, 0, 0)).extracting("field").isEqualTo("donationCapFen");
        assertThatThrownBy(() -> MatchRules.of(1, 1, null, null, null, 100, 0, 0)).extracting("field").isEqualTo("thresholdPercent");
        assertThatThrownBy(() -> Campaign.open(UUID.randomUUID(), "x", 0, NOW.plus(Duration.ofDays(1)), MatchRules.ONE_TO_ONE, "cadre", NOW))
                .extracting("field").isEqualTo("targetFen");
        assertThatThrownBy(() -> Campaign.open(UUID.randomUUID(), "x", 100, NOW, MatchRules.ONE_TO_ONE, "cadre", NOW))
                .extracting("field").isEqualTo("deadline");
    }

    private static Campaign campaign(long targetFen, MatchRules rules) {
        return Campaign.open(UUID.randomUUID(), "楼道照明", targetFen, NOW.plus(Duration.ofDays(30)), rules, "cadre", NOW);
    }
}
