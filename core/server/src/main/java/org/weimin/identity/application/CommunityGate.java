package org.weimin.identity.application;

import org.weimin.identity.model.Caller;
import org.weimin.identity.model.CommunityAccess;
import org.weimin.identity.model.Permission;
import org.weimin.shared.ForbiddenActionException;
import org.weimin.tenancy.application.CommunityNotFoundException;
import org.weimin.tenancy.model.Community;
import org.weimin.tenancy.model.CommunityId;
import org.weimin.tenancy.application.CommunityDirectory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The one check every community-scoped use case makes first: a community the caller may not read is
 * answered as if it did not exist; one they may read but not manage is refused plainly. Call it inside the
 * community's tenant scope.
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

    /**
     * For use cases already inside the community's scope (its access decided): only its own members with
     * the right to manage it pass.
     */
    public static void requireManager(Caller caller, String refusal) {
        if (caller.community().isEmpty() || !caller.permissions().contains(Permission.MANAGE_COMMUNITY)) {
            throw new ForbiddenActionException(refusal);
        }
    }

    /** @param refusal what a member without the right to manage the community is told */
    @Transactional
    public void manageable(CommunityId id, Caller caller, String refusal) {
        if (readable(id, caller) != CommunityAccess.MEMBER || !caller.permissions().contains(Permission.MANAGE_COMMUNITY)) {
            throw new ForbiddenActionException(refusal);
        }
    }
}
