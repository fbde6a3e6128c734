package org.weimin.wish.model;

/** Who holds a claim. */
public enum ClaimerKind {
    VOLUNTEER, TEAM, ORGANIZATION, CADRE
}
