package org.weimin.organization.model;

public enum OrganizationStatus {
    /** Registered, waiting for a cadre's approval before it can take on needs. */
    PENDING_APPROVAL,
    /** Approved: can take on needs through its type's resolution modes. */
    ACTIVE
}
