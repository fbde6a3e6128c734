package org.weimin.identity.application;

import org.weimin.identity.model.Caller;
import org.weimin.identity.model.CommunityAccess;
import org.weimin.tenancy.application.CommunityDirectory;
import org.weimin.tenancy.application.CommunityNotFoundException;
import org.weimin.tenancy.model.Community;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The access decision every community-scoped use case gets first (from {@link InCommunityInterceptor}): a
 * community the caller may not read is answered as if it did not exist; within it, only managers manage.
 */
@ApplicationScoped
public class CommunityGate {

    @Inject
    CommunityDirectory communities;

    @Transactional
    public CommunityAccess readable(CommunityId id, Caller caller) {
        Community community = communities.find(id).orElseThrow(() -> new CommunityNotFoundException(id.value()));
        CommunityAccess access = caller.accessTo(community);
        if (!access.canRead()) {
            throw new CommunityNotFoundException(id.value());
        }
        return access;
    }
}
