package org.weimin.wish.application;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.weimin.demand.application.NeedsOnWishes;
import org.weimin.grid.application.GridPlaces;
import org.weimin.identity.application.InCommunity;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Permission;
import org.weimin.shared.ConflictException;
import org.weimin.tenancy.model.CommunityId;
import org.weimin.wish.model.Wish;
import org.weimin.wish.model.WishRepository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Staff take a need they triaged as a micro-wish onto the wish wall, in words without personal data and with the
 * place at grid level; or, when the resident wants it private, keep it off the wall for staff to assign.
 */
@ApplicationScoped
public class PublishWishes {

    /**
     * @param text what the wall says; the need's own words when empty (staff take names and door numbers out)
     * @param shownAs how the resident is named: a first name, or nothing for 居民
     * @param onWall false keeps the wish private: only staff can give it to a claimer
     */
    public record Publication(String text, String shownAs, boolean onWall, int claimersWanted) {
    }

    @Inject
    WishRepository wishes;

    @Inject
    NeedsOnWishes needs;

    @Inject
    GridPlaces grids;

    @Inject
    WishDetails details;

    @Inject
    Clock clock;

    @InCommunity
    @Transactional
    public WishViews.WishDetail publish(CommunityId community, Caller caller, UUID needId, Publication publication) {
        caller.require(Permission.TRIAGE_NEEDS, "only the community's staff publish wishes");
        if (wishes.byDemand(needId).isPresent()) {
            throw new ConflictException("this need is already a wish");
        }
        NeedsOnWishes.WishNeed need = needs.need(needId);
        Instant now = clock.instant();
        GridPlaces.Place grid = grids.ofHousehold(need.householdId()).orElse(null);
        String text = publication.text() == null || publication.text().isBlank() ? need.text() : publication.text();
        Wish wish = new Wish(need.id(), need.reference(), text, need.category(), grid == null ? null : grid.code(),
                grid == null ? null : grid.name(), publication.shownAs(), publication.onWall(), publication.claimersWanted(),
                caller.username(), now);
        needs.publish(needId, caller.username(), publication.onWall(), now);
        wishes.add(wish);
        return details.of(caller, wish);
    }

    /** Staff take a wish off the wall (the resident asked for privacy) or put it back. */
    @InCommunity
    @Transactional
    public WishViews.WishDetail showOnWall(CommunityId community, Caller caller, UUID wishId, boolean shown) {
        caller.require(Permission.TRIAGE_NEEDS, "only the community's staff decide what is on the wall");
        Wish wish = wishes.find(wishId).orElseThrow(() -> WishAccess.notFound(wishId));
        wish.showOnWall(shown);
        return details.of(caller, wish);
    }
}
