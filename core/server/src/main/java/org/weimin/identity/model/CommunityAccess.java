package org.weimin.identity.model;

public enum CommunityAccess {
    /** Nothing: the community is answered as if it did not exist. */
    NONE,
    /** Supervisors and assessors: read, never change. */
    READ,
    /** A member of the community acting through their roles. */
    MEMBER;

    public boolean canRead() {
        return this != NONE;
    }
}
