package org.weimin.wish.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.weimin.wish.model.Claim;
import org.weimin.wish.model.ClaimMode;
import org.weimin.wish.model.ClaimStatus;
import org.weimin.wish.model.ClaimerKind;
import org.weimin.wish.model.Volunteer;
import org.weimin.wish.model.VolunteerStatus;
import org.weimin.wish.model.Wish;
import org.weimin.wish.model.WishStatus;

/** Wishes, claims and volunteers as people read them. */
public final class WishViews {

    private WishViews() {
    }

    /**
     * A wish as the wall shows it: no names beyond the first name or 居民, the place at grid level only.
     *
     * @param gridName the grid, or null when the need came with no household
     * @param placesTaken claims that hold a place (active or fulfilled)
     */
    public record WallItem(UUID id, String text, String category, String gridCode, String gridName, String shownAs,
                           WishStatus status, int claimersWanted, int placesTaken, boolean onWall, Instant publishedAt) {

        static WallItem of(Wish wish, List<Claim> claims) {
            int taken = (int) claims.stream().filter(c -> c.status().holdsAPlace()).count();
            return new WallItem(wish.id(), wish.text(), wish.category(), wish.gridCode(), wish.gridName(), wish.shownAs(),
                    wish.status(), wish.claimersWanted(), taken, wish.isOnWall(), wish.publishedAt());
        }
    }

    public record WallPage(List<WallItem> items, long total, int offset, int limit) {
    }

    /**
     * One claim. Claimers' contact details are not here: the public reads the claimer's name and mode only.
     *
     * @param proof what the claimer did, once fulfilled
     */
    public record ClaimView(UUID id, UUID wishId, String wishText, ClaimerKind claimerKind, String claimerName, ClaimMode mode,
                            ClaimStatus status, Instant claimedAt, Instant contactBy, Instant fulfilBy, Instant contactedAt,
                            Instant fulfilledAt, int minutes, String proof, String endReason, boolean mine) {

        static ClaimView of(Claim claim, Wish wish, String viewer) {
            return new ClaimView(claim.id(), claim.wishId(), wish == null ? null : wish.text(), claim.claimerKind(),
                    claim.claimerName(), claim.mode(), claim.status(), claim.claimedAt(), claim.contactBy(), claim.fulfilBy(),
                    claim.contactedAt(), claim.fulfilledAt(), claim.minutes(), claim.proof(), claim.endReason(),
                    claim.isActedOnBy(viewer));
        }
    }

    /**
     * A wish on its own page.
     *
     * @param reference the need's reference, for staff and the resident only (null for everyone else, claimers too)
     * @param demandId the need, for staff and the resident only
     * @param claimable whether the viewer can press 认领 now
     * @param residentsOwn whether the viewer raised the need
     * @param photoIds the proof photos, once fulfilled
     * @param story the micro-story, when published (or for staff and the resident)
     */
    public record WishDetail(WallItem wish, String reference, UUID demandId, List<ClaimView> claims, boolean claimable,
                             boolean residentsOwn, boolean staff, List<UUID> photoIds, String thanks, String story,
                             boolean storyPublic, boolean confirmedOnBehalf) {
    }

    /** A micro-story (微故事) on the public board: the wish, who fulfilled it, and the resident's words. */
    public record Story(UUID wishId, String text, String gridName, List<String> claimers, String story, Instant confirmedAt) {
    }

    public record VolunteerView(UUID id, String name, String phone, List<String> skills, String availability, List<String> grids,
                                UUID teamId, String teamName, VolunteerStatus status, boolean onLeaderboard, String rejectionReason,
                                Instant registeredAt, long minutes) {

        static VolunteerView of(Volunteer v, String teamName, long minutes) {
            return new VolunteerView(v.id(), v.name(), v.phone(), v.skills(), v.availability(), v.grids(), v.teamId(), teamName,
                    v.status(), v.isOnLeaderboard(), v.rejectionReason(), v.registeredAt(), minutes);
        }
    }

    /** One line of a volunteer's hours, as they read it. */
    public record HoursLine(UUID id, UUID wishId, String wishText, int minutes, boolean reversal, boolean corrected, String note,
                            Instant recordedAt) {
    }

    /** A volunteer's own record: who they are, their balance, and every line of their hours. */
    public record VolunteerRecord(VolunteerView volunteer, List<HoursLine> lines, List<ClaimView> claims) {
    }

    /** The public leaderboard: masked names, hours, and fulfilled wishes. */
    public record LeaderboardLine(int rank, String name, long minutes) {
    }

    public record TeamView(UUID id, UUID organizationId, String organizationName, String name, int members) {
    }

    /** Someone staff can give a wish to, and the modes they may take it on in. */
    public record Candidate(ClaimerKind kind, UUID id, String username, String name, List<ClaimMode> modes) {
    }
}
