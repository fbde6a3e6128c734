package org.weimin.fund.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random match rules, pools and donations from a handful of donors, received as the use case receives them. After every
 * donation: nothing raised goes beyond the target, no match exceeds the factor's share or any cap, the pool never gives
 * more than it held, and the threshold grant is paid at most once.
 */
class CampaignPropertiesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

    record Gift(int donor, long amountFen) {
    }

    record Setting(MatchRules rules, long targetFen, long poolFen) {
    }

    @Property(tries = 2_000)
    void matchingKeepsEveryLimit(@ForAll("settings") Setting setting, @ForAll("gifts") List<Gift> gifts) {
        MatchRules rules = setting.rules();
        Campaign campaign = Campaign.open(UUID.randomUUID(), "楼道照明", setting.targetFen(), NOW.plus(Duration.ofDays(30)), rules, "cadre", NOW);
        long pool = setting.poolFen();
        Map<Integer, Long> matchedByDonor = new HashMap<>();
        Set<Integer> given = new HashSet<>();
        int grants = 0;
        for (Gift gift : gifts) {
            long amount = Math.min(gift.amountFen(), setting.targetFen() - campaign.raisedFen());
            if (amount <= 0 || campaign.status() != CampaignStatus.OPEN) {
                break;
            }
            campaign.requireRoomFor(amount, NOW);
            long donorMatched = matchedByDonor.getOrDefault(gift.donor(), 0L);
            Match match = campaign.match(amount, donorMatched, pool);
            assertThat(match.amountFen()).isBetween(0L, amount * rules.factorNumerator() / rules.factorDenominator());
            assertThat(match.amountFen()).isLessThanOrEqualTo(pool);
            if (rules.donationCapFen() != null) {
                assertThat(match.amountFen()).isLessThanOrEqualTo(rules.donationCapFen());
            }
            pool -= match.amountFen();
            matchedByDonor.merge(gift.donor(), match.amountFen(), Long::sum);
            campaign.receive(amount, match, given.add(gift.donor()));
            long grant = campaign.thresholdGrantDue(pool);
            assertThat(grant).isLessThanOrEqualTo(pool);
            if (grant > 0) {
                campaign.granted(grant);
                pool -= grant;
                grants++;
            }
            campaign.fundedIfReached();
            assertThat(campaign.raisedFen()).isLessThanOrEqualTo(setting.targetFen());
            assertThat(pool).isNotNegative();
            if (rules.projectCapFen() != null) {
                assertThat(campaign.matchedFen()).isLessThanOrEqualTo(rules.projectCapFen());
            }
            if (rules.donorCapFen() != null) {
                assertThat(matchedByDonor.get(gift.donor())).isLessThanOrEqualTo(rules.donorCapFen());
            }
            assertThat(campaign.status() == CampaignStatus.FUNDED).isEqualTo(campaign.raisedFen() == setting.targetFen());
        }
        assertThat(grants).isLessThanOrEqualTo(1);
        assertThat(campaign.donors()).isEqualTo(given.size());
        assertThat(campaign.donatedFen() + campaign.matchedFen() + campaign.grantedFen()).isEqualTo(campaign.raisedFen());
        assertThat(setting.poolFen() - pool).isEqualTo(campaign.matchedFen() + campaign.grantedFen());
    }

    @Provide
    Arbitrary<Setting> settings() {
        Arbitrary<Long> cap = Arbitraries.longs().between(1, 50_000).injectNull(0.4);
        Arbitrary<MatchRules> rules = Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(1, 3), cap, cap, cap,
                Arbitraries.longs().between(0, 30_000), Arbitraries.integers().between(1, 100), Arbitraries.integers().between(0, 5))
                .as((n, d, donation, project, donor, grant, percent, donors) -> MatchRules.of(n, d, donation, project, donor, grant, percent, donors));
        return Combinators.combine(rules, Arbitraries.longs().between(1, 200_000), Arbitraries.longs().between(0, 150_000)).as(Setting::new);
    }

    @Provide
    Arbitrary<List<Gift>> gifts() {
        return Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.longs().between(1, 40_000)).as(Gift::new)
                .list().ofMinSize(1).ofMaxSize(30);
    }
}
