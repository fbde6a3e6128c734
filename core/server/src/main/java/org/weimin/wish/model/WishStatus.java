package org.weimin.wish.model;

/** Where a wish stands: open for claims, taken by as many claimers as it wants, fulfilled, confirmed by its resident. */
public enum WishStatus {
    OPEN, CLAIMED, FULFILLED, CONFIRMED
}
