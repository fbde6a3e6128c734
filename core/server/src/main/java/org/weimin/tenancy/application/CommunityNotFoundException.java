package org.weimin.tenancy.application;

import org.weimin.shared.NotFoundException;

/**
 * The community does not exist, or the caller has no role in it: both answer the same, so nobody can
 * probe which communities exist.
 */
public class CommunityNotFoundException extends NotFoundException {

    public CommunityNotFoundException(String community) {
        super("no community '" + community + "'");
    }
}
