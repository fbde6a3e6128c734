package org.weimin.wish.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.weimin.demand.application.NeedsOnWishes;
import org.weimin.identity.application.InCommunity;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Permission;
import org.weimin.platform.application.Written;
import org.weimin.shared.ConflictException;
import org.weimin.shared.ForbiddenActionException;
import org.weimin.tenancy.model.CommunityId;
import org.weimin.wish.model.Claim;
import org.weimin.wish.model.ClaimStatus;
import org.weimin.wish.model.Wish;
import org.weimin.wish.model.WishPhoto;
import org.weimin.wish.model.WishRepository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * What a claimer does with their claim (staff may do it for them): say they have been in touch, report the wish
 * fulfilled with a note, photos and the hours spent, or give it back saying why. Staff can also take a claim back.
 * Each step locks the wish, so it never races another claim or the lapse check.
 */
@ApplicationScoped
public class ActOnClaims {

    @Inject
    WishAccess access;

    @Inject
    WishRepository wishes;

    @Inject
    NeedsOnWishes needs;

    @Inject
    WishDetails details;

    @Inject
    Clock clock;

    @InCommunity
    @Transactional
    public WishViews.WishDetail contacted(CommunityId community, Caller caller, UUID claimId) {
        WishAccess.Locked locked = access.claimActedOnBy(caller, claimId);
        Claim claim = locked.claim();
        Wish wish = locked.wish();
        claim.contacted(clock.instant());
        return details.of(caller, wish);
    }

    /** @param minutes the time the claimer gave; it counts as volunteer hours once the resident confirms */
    @InCommunity
    @Transactional
    public WishViews.WishDetail fulfil(CommunityId community, Caller caller, UUID claimId,
                                       @Written(message = "is empty: say what was done, so the resident can check it") String note,
                                       int minutes) {
        WishAccess.Locked locked = access.claimActedOnBy(caller, claimId);
        Claim claim = locked.claim();
        Wish wish = locked.wish();
        Instant now = clock.instant();
        claim.fulfil(note, minutes, now);
        List<Claim> claims = wishes.claimsOf(wish.id());
        if (wish.fulfilIfAllReported(claims, now)) {
            String howResolved = claims.stream().filter(c -> c.status() == ClaimStatus.FULFILLED)
                    .map(c -> c.publicClaimerName() + "：" + c.proof()).collect(Collectors.joining("\n"));
            needs.fulfilled(wish.demandId(), caller.username(), howResolved, now);
        }
        return details.of(caller, wish);
    }

    @InCommunity
    @Transactional
    public WishViews.WishDetail withdraw(CommunityId community, Caller caller, UUID claimId,
                                         @Written(message = "is empty: say why you give the wish back") String reason) {
        WishAccess.Locked locked = access.claimActedOnBy(caller, claimId);
        if (!locked.claim().isActedOnBy(caller.username())) {
            throw new ForbiddenActionException("only the claimer gives a claim back; staff release it");
        }
        return end(caller, locked, c -> {
            c.withdraw(reason, caller.username(), clock.instant());
            return "WITHDRAWN";
        });
    }

    @InCommunity
    @Transactional
    public WishViews.WishDetail release(CommunityId community, Caller caller, UUID claimId,
                                        @Written(message = "is empty: say why the claim is taken back") String reason) {
        caller.require(Permission.TRIAGE_NEEDS, "only the community's staff release claims");
        return end(caller, access.claimActedOnBy(caller, claimId), c -> {
            c.release(reason, caller.username(), clock.instant());
            return "RELEASED";
        });
    }

    private WishViews.WishDetail end(Caller caller, WishAccess.Locked locked, Function<Claim, String> ending) {
        Wish wish = locked.wish();
        Claim claim = locked.claim();
        Instant now = clock.instant();
        String how = ending.apply(claim);
        wish.placeFreed(wishes.claimsOf(wish.id()), now);
        needs.claimEnded(wish.demandId(), caller.username(), claim.publicClaimerName(), how, claim.endReason(), now);
        return details.of(caller, wish);
    }

    /** A photo as proof of fulfilment, at most three per claim, while the wish is not yet confirmed. */
    @InCommunity
    @Transactional
    public UUID addPhoto(CommunityId community, Caller caller, UUID claimId, byte[] content) {
        Claim claim = access.claimActedOnBy(caller, claimId).claim();
        if (claim.status() != ClaimStatus.ACTIVE && claim.status() != ClaimStatus.FULFILLED) {
            throw new ConflictException("photos go with a claim that is being fulfilled");
        }
        if (wishes.photoCount(claimId) >= WishPhoto.MAX_PER_CLAIM) {
            throw new org.weimin.shared.InvalidInputException("photo", "at most " + WishPhoto.MAX_PER_CLAIM + " photos per claim");
        }
        WishPhoto photo = new WishPhoto(claim, content, caller.username(), clock.instant());
        wishes.add(photo);
        return photo.id();
    }

    /** A proof photo, for staff, the wish's resident and its claimers. */
    @InCommunity
    @Transactional
    public WishPhoto photo(CommunityId community, Caller caller, UUID wishId, UUID photoId) {
        Wish wish = access.visible(caller, wishId);
        org.weimin.shared.NotFoundException unknown = new org.weimin.shared.NotFoundException("no photo " + photoId + " here");
        WishPhoto photo = wishes.photo(photoId).filter(p -> p.wishId().equals(wishId)).orElseThrow(() -> unknown);
        // Each thumbnail asks here: check who is looking without building the whole page of the wish.
        if (!WishAccess.isStaff(caller) && !WishAccess.isClaimer(caller, wishes.claimsOf(wishId)) && !details.raisedBy(caller, wish)) {
            throw unknown;
        }
        return photo;
    }

    /** 我认领的: the claims a person acts on, newest first, with each wish's words. */
    @InCommunity
    @Transactional
    public List<WishViews.ClaimView> mine(CommunityId community, Caller caller) {
        List<Claim> claims = wishes.claimsActedOnBy(caller.username());
        Map<UUID, Wish> byId = wishes.byIds(claims.stream().map(Claim::wishId).distinct().toList()).stream()
                .collect(Collectors.toMap(Wish::id, w -> w));
        return claims.stream().map(c -> WishViews.ClaimView.of(c, byId.get(c.wishId()), caller.username())).toList();
    }
}
