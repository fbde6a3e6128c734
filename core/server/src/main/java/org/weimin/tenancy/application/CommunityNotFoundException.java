package org.weimin.tenancy.application;

/**
 * The community does not exist, or the caller has no role in it: both answer the same, so nobody can
 * probe which communities exist.
 */
public class CommunityNotFoundException extends RuntimeException {

    public CommunityNotFoundException(String community) {
        super("no community '" + community + "'");
    }
}
