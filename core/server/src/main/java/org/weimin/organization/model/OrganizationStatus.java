package org.weimin.organization.model;

public enum OrganizationStatus {
    /** Registered, waiting for a cadre's approval before it can take on needs. */
    PENDING_APPROVAL,
    /** Approved: can take on needs through its type's resolution modes. */
    ACTIVE,
    /** Not approved, with the cadre's reason; it may register again once the reason is dealt with. */
    REJECTED
}
