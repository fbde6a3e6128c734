package org.weimin.wish.model;

/** A volunteer's standing in the registry: claims are open to verified volunteers only. */
public enum VolunteerStatus {
    PENDING, VERIFIED, REJECTED
}
