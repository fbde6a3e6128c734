package org.weimin.identity.model;

/** What a person may do; the UI lists these on the home page so nobody has to guess. */
public enum Permission {
    SUBMIT_NEEDS,
    FOLLOW_OWN_NEEDS,
    VIEW_GRID,
    VISIT_HOUSEHOLDS,
    TRIAGE_NEEDS,
    HOLD_MEETINGS,
    MANAGE_COMMUNITY,
    READ_SUBDISTRICT_COMMUNITIES,
    ASSESS_COMMUNITIES,
    MANAGE_PLATFORM
}
