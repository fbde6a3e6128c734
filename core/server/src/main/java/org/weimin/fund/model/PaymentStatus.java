package org.weimin.fund.model;

/** Where an online payment stands. */
public enum PaymentStatus {
    /** Stored and sent to the provider; the donor has not paid yet, as far as the platform knows. */
    CREATED,
    /** The provider confirmed it: the donation is posted. */
    PAID,
    /** The provider said it did not go through; a later confirmation that it was paid still counts. */
    FAILED
}
