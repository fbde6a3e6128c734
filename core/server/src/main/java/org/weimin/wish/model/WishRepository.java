package org.weimin.wish.model;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The wishes of the community in scope, with their claims and proof photos. */
public interface WishRepository {

    /** What the wall and the staff board show. */
    record WallFilter(Set<WishStatus> statuses, boolean onWallOnly, String category, String gridCode) {
    }

    void add(Wish wish);

    Optional<Wish> find(UUID id);

    /**
     * The wish, locked against every other claim until this transaction ends, so that concurrent claimers
     * are decided one after another and exactly as many win as the wish has places.
     */
    Optional<Wish> findForClaiming(UUID id);

    Optional<Wish> byDemand(UUID demandId);

    /** Newest first. */
    List<Wish> page(WallFilter filter, int offset, int limit);

    long count(WallFilter filter);

    /** Confirmed wishes whose residents published their micro-story, newest first. */
    List<Wish> publishedStories(int limit);

    List<Wish> byIds(Collection<UUID> ids);

    void add(Claim claim);

    Optional<Claim> findClaim(UUID id);

    /** The wish a claim is on, read without loading the claim (so that the wish can be locked first). */
    Optional<UUID> wishOfClaim(UUID claimId);

    /** The claims of a wish, oldest first. */
    List<Claim> claimsOf(UUID wishId);

    List<Claim> claimsOf(Collection<UUID> wishIds);

    /** The claims a person acts on, newest first. */
    List<Claim> claimsActedOnBy(String username);

    /** Active claims that missed a deadline by this time, at most limit of them. */
    List<Claim> overdueClaims(Instant now, int limit);

    void add(WishPhoto photo);

    List<WishPhoto> photosOf(UUID wishId);

    Optional<WishPhoto> photo(UUID id);

    long photoCount(UUID claimId);
}
