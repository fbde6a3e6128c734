package org.weimin.tenancy.model;

public enum CommunityStatus {
    ACTIVE,
    SUSPENDED
}
