package org.weimin.wish.model;

/** Where one claim stands. Only an active claim holds a place on its wish. */
public enum ClaimStatus {
    ACTIVE, FULFILLED, CONFIRMED,
    /** Not acted on within the community's periods: back to the wall. */
    LAPSED,
    /** The claimer gave it back, saying why. */
    WITHDRAWN,
    /** Staff took it back (to give it to someone else, or because the claimer could not be reached). */
    RELEASED,
    /** The resident said the wish was not fulfilled. */
    NOT_FULFILLED;

    public boolean holdsAPlace() {
        return this == ACTIVE || this == FULFILLED;
    }
}
