package org.weimin.wish.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.weimin.demand.application.NeedsOnWishes;
import org.weimin.identity.application.InCommunity;
import org.weimin.tenancy.model.CommunityId;
import org.weimin.wish.model.Claim;
import org.weimin.wish.model.Wish;
import org.weimin.wish.model.WishRepository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Claims not acted on within the community's periods lapse back to the wall: the wish is open again, the
 * claimer reads it on their claims, and the need's timeline says so. Each claim lapses in its own transaction
 * with its wish locked, and a claim that has lapsed is no longer due, so a check that runs twice (or on two
 * instances) lapses it once.
 */
@ApplicationScoped
public class LapseClaims {

    static final int BATCH = 200;

    @Inject
    WishRepository wishes;

    @Inject
    WishAccess access;

    @Inject
    NeedsOnWishes needs;

    @Inject
    Clock clock;

    @InCommunity
    @Transactional
    public List<UUID> due(CommunityId community) {
        return wishes.overdueClaims(clock.instant(), BATCH).stream().map(Claim::id).toList();
    }

    /** @return whether the claim lapsed now (false when it was acted on or lapsed meanwhile) */
    @InCommunity
    @Transactional
    public boolean lapse(CommunityId community, UUID claimId) {
        Instant now = clock.instant();
        Wish wish = access.forClaiming(wishes.wishOfClaim(claimId).orElseThrow());
        Claim claim = wishes.findClaim(claimId).orElseThrow();
        if (!claim.isOverdue(now)) {
            return false;
        }
        claim.lapse(now);
        wish.placeFreed(wishes.claimsOf(wish.id()), now);
        needs.claimEnded(wish.demandId(), "system", claim.publicClaimerName(), "LAPSED", null, now);
        return true;
    }
}
