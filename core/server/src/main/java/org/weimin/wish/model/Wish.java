package org.weimin.wish.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.weimin.shared.InvalidInputException;
import org.weimin.wish.model.WishRuleException.Reason;

/**
 * A micro-wish (微心愿) staff took from the demand library: shown on the community's wish wall without personal
 * data (or kept off it, when the resident wants it private, for staff to assign), claimed by as many claimers as
 * it wants, fulfilled with proof, and confirmed by its resident (or by staff on their behalf). A wish whose
 * claimer gives up, lapses or did not fulfil it goes back to open.
 */
public class Wish {

    public static final int MAX_CLAIMERS = 10;
    public static final int MAX_TEXT = 500;

    private String tenantId;
    private UUID id;
    private UUID demandId;
    private String reference;
    private String text;
    private String category;
    private String gridCode;
    private String gridName;
    private String shownAs;
    private boolean onWall;
    private int claimersWanted;
    private WishStatus status;
    private String publishedBy;
    private Instant publishedAt;
    private Instant fulfilledAt;
    private Instant confirmedAt;
    private String confirmedBy;
    private boolean confirmedOnBehalf;
    private String thanks;
    private String story;
    private boolean storyPublic;
    private long version;

    protected Wish() {
    }

    /**
     * @param text what the wall says, written by staff without names or door numbers
     * @param shownAs how the resident is named on the wall: a first name, or 居民
     */
    public Wish(UUID demandId, String reference, String text, String category, String gridCode, String gridName,
                String shownAs, boolean onWall, int claimersWanted, String publishedBy, Instant now) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text", "say on the wall what is wished for");
        }
        this.text = InvalidInputException.atMost("text", text, MAX_TEXT);
        if (claimersWanted < 1 || claimersWanted > MAX_CLAIMERS) {
            throw new InvalidInputException("claimersWanted", "a wish takes 1 to " + MAX_CLAIMERS + " claimers");
        }
        String name = InvalidInputException.atMost("shownAs", shownAs, 10);
        this.id = UUID.randomUUID();
        this.demandId = demandId;
        this.reference = reference;
        this.category = category;
        this.gridCode = gridCode;
        this.gridName = gridName;
        this.shownAs = name == null || name.isBlank() ? null : name;
        this.onWall = onWall;
        this.claimersWanted = claimersWanted;
        this.status = WishStatus.OPEN;
        this.publishedBy = publishedBy;
        this.publishedAt = now;
    }

    /**
     * Takes a place on the wish. Exactly as many claims as the wish wants win; the next one is told it is
     * already claimed.
     *
     * @param byStaff staff assign a claim; only they can give a wish that is not on the wall
     * @param claims the wish's claims so far
     */
    public Claim claim(List<Claim> claims, Claimer claimer, boolean byStaff, ClaimPeriods periods, String claimedBy, Instant now) {
        if (!onWall && !byStaff) {
            throw new WishRuleException(Reason.NOT_ON_THE_WALL, "this wish is not on the wall: staff assign it");
        }
        if (status != WishStatus.OPEN) {
            throw status == WishStatus.CLAIMED ? new WishRuleException(Reason.ALREADY_CLAIMED, "the wish is already claimed")
                    : new WishRuleException(Reason.NOT_OPEN, "the wish is " + status.name().toLowerCase() + ", not open for claims");
        }
        List<Claim> holding = holding(claims);
        if (holding.stream().anyMatch(claimer::sameAs)) {
            throw new WishRuleException(Reason.ALREADY_YOURS, "you have already claimed this wish");
        }
        Claim claim = new Claim(id, claimer, claimedBy, now.plus(periods.contactWithin()), now.plus(periods.fulfilWithin()), now);
        if (holding.size() + 1 >= claimersWanted) {
            status = WishStatus.CLAIMED;
        }
        return claim;
    }

    /** A claim ended before fulfilment (lapsed, withdrawn, released): its place is free again. */
    public void placeFreed(List<Claim> claims, Instant now) {
        if (status == WishStatus.CLAIMED && holding(claims).size() < claimersWanted) {
            status = WishStatus.OPEN;
        }
        fulfilIfAllReported(claims, now);
    }

    /** @return true when this report was the last one the wish waited for, so the wish is now fulfilled */
    public boolean fulfilIfAllReported(List<Claim> claims, Instant now) {
        List<Claim> holding = holding(claims);
        if ((status == WishStatus.OPEN || status == WishStatus.CLAIMED) && !holding.isEmpty()
                && holding.stream().allMatch(c -> c.status() == ClaimStatus.FULFILLED)) {
            status = WishStatus.FULFILLED;
            fulfilledAt = now;
            return true;
        }
        return false;
    }

    /** The resident, or staff for them, says it was fulfilled: every fulfilled claim counts (and its hours). */
    public void confirm(List<Claim> claims, String by, boolean onBehalf, Instant now) {
        if (status != WishStatus.FULFILLED) {
            throw new WishRuleException(Reason.NOT_FULFILLED_YET, "only a fulfilled wish can be confirmed");
        }
        status = WishStatus.CONFIRMED;
        confirmedAt = now;
        confirmedBy = by;
        confirmedOnBehalf = onBehalf;
        claims.stream().filter(c -> c.status() == ClaimStatus.FULFILLED).forEach(Claim::confirm);
    }

    /** The resident says it was not fulfilled: the claims end and the wish is open again. */
    public void notFulfilled(List<Claim> claims, String why, Instant now) {
        if (status != WishStatus.FULFILLED) {
            throw new WishRuleException(Reason.NOT_FULFILLED_YET, "only a fulfilled wish can be said not fulfilled");
        }
        claims.stream().filter(c -> c.status() == ClaimStatus.FULFILLED).forEach(c -> c.notFulfilled(why, now));
        status = WishStatus.OPEN;
        fulfilledAt = null;
    }

    /**
     * The resident's thank-you, and a micro-story (微故事) for the public board, shown there only with their consent.
     */
    public void thank(String thanksNote, String microStory, boolean storyConsent) {
        if (status != WishStatus.CONFIRMED) {
            throw new WishRuleException(Reason.NOT_CONFIRMED_YET, "thank the claimers once the wish is confirmed");
        }
        this.thanks = InvalidInputException.atMost("thanks", thanksNote, 500);
        this.story = InvalidInputException.atMost("story", microStory, 2000);
        if (storyConsent && (story == null || story.isBlank())) {
            throw new InvalidInputException("story", "write the story to publish it");
        }
        this.storyPublic = storyConsent;
    }

    /** Staff take a wish on or off the wall (the resident's choice of privacy). */
    public void showOnWall(boolean shown) {
        this.onWall = shown;
    }

    private static List<Claim> holding(List<Claim> claims) {
        return claims.stream().filter(c -> c.status().holdsAPlace()).toList();
    }

    public UUID id() { return id; }
    public UUID demandId() { return demandId; }
    public String reference() { return reference; }
    public String text() { return text; }
    public String category() { return category; }
    public String gridCode() { return gridCode; }
    public String gridName() { return gridName; }
    public String shownAs() { return shownAs; }
    public boolean isOnWall() { return onWall; }
    public int claimersWanted() { return claimersWanted; }
    public WishStatus status() { return status; }
    public String publishedBy() { return publishedBy; }
    public Instant publishedAt() { return publishedAt; }
    public Instant fulfilledAt() { return fulfilledAt; }
    public Instant confirmedAt() { return confirmedAt; }
    public String confirmedBy() { return confirmedBy; }
    public boolean confirmedOnBehalf() { return confirmedOnBehalf; }
    public String thanks() { return thanks; }
    public String story() { return story; }
    public boolean isStoryPublic() { return storyPublic; }
}
