package org.weimin.wish.application;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.weimin.identity.application.InCommunity;
import org.weimin.identity.model.Caller;
import org.weimin.tenancy.application.CommunityDirectory;
import org.weimin.tenancy.model.CommunityId;
import org.weimin.wish.model.Claim;
import org.weimin.wish.model.ClaimStatus;
import org.weimin.wish.model.Wish;
import org.weimin.wish.model.WishRepository;
import org.weimin.wish.model.WishStatus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The community's wish wall (微心愿墙), readable without signing in: open wishes without personal data, by
 * category and grid; a wish's own page; and the micro-stories residents chose to share. Staff see the wishes kept
 * off the wall too.
 */
@ApplicationScoped
public class WishWall {

    static final int MAX_PAGE = 100;

    @Inject
    WishRepository wishes;

    @Inject
    WishAccess access;

    @Inject
    CommunityDirectory communities;

    @Inject
    WishDetails details;

    /**
     * @param caller null for someone not signed in
     * @param statuses which wishes; the open ones when empty
     */
    @InCommunity
    @Transactional
    public WishViews.WallPage wall(CommunityId community, Caller caller, List<WishStatus> statuses, String category,
                                   String gridCode, int offset, int limit) {
        communities.requireActive(community);
        EnumSet<WishStatus> shown = statuses == null || statuses.isEmpty() ? EnumSet.of(WishStatus.OPEN) : EnumSet.copyOf(statuses);
        WishRepository.WallFilter filter = new WishRepository.WallFilter(shown, !WishAccess.isStaff(caller), blankToNull(category),
                blankToNull(gridCode));
        int from = Math.max(0, offset);
        int size = Math.min(Math.max(1, limit), MAX_PAGE);
        List<Wish> page = wishes.page(filter, from, size);
        Map<UUID, List<Claim>> claims = wishes.claimsOf(page.stream().map(Wish::id).toList()).stream()
                .collect(Collectors.groupingBy(Claim::wishId));
        return new WishViews.WallPage(page.stream().map(w -> WishViews.WallItem.of(w, claims.getOrDefault(w.id(), List.of()))).toList(),
                wishes.count(filter), from, size);
    }

    @InCommunity
    @Transactional
    public WishViews.WishDetail wish(CommunityId community, Caller caller, UUID wishId) {
        communities.requireActive(community);
        return details.of(caller, access.visible(caller, wishId));
    }

    /** The wish made of a need, for the need's page; empty when the need is not a wish or the viewer may not see it. */
    @InCommunity
    @Transactional
    public java.util.Optional<WishViews.WishDetail> ofNeed(CommunityId community, Caller caller, UUID needId) {
        return wishes.byDemand(needId).map(w -> {
            try {
                return details.of(caller, access.visible(caller, w.id()));
            } catch (org.weimin.shared.NotFoundException hidden) {
                return null;
            }
        });
    }

    /** Micro-stories (微故事) residents published, newest first, with who fulfilled each wish. */
    @InCommunity
    @Transactional
    public List<WishViews.Story> stories(CommunityId community, int limit) {
        communities.requireActive(community);
        List<Wish> told = wishes.publishedStories(Math.min(Math.max(1, limit), MAX_PAGE));
        Map<UUID, List<Claim>> claims = wishes.claimsOf(told.stream().map(Wish::id).toList()).stream()
                .filter(c -> c.status() == ClaimStatus.CONFIRMED).collect(Collectors.groupingBy(Claim::wishId));
        return told.stream().map(w -> new WishViews.Story(w.id(), w.text(), w.gridName(),
                claims.getOrDefault(w.id(), List.of()).stream().map(Claim::publicClaimerName).toList(), w.story(), w.confirmedAt())).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
