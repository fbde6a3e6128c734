package org.weimin.identity.model;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.weimin.shared.ForbiddenActionException;
import org.weimin.tenancy.model.Community;

/**
 * Who is asking: a signed-in person as the web UI and the REST API both see them.
 *
 * @param communityId the community of a community account; null for platform accounts
 */
public record Caller(String username, String displayName, String communityId, Set<Role> roles,
                     String subDistrict, Set<String> assessedCommunities) implements Serializable {

    public Caller {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        assessedCommunities = Set.copyOf(assessedCommunities);
    }

    public static Caller ofAccount(String community, Account account) {
        return new Caller(account.username(), account.displayName(), community, account.roles(), null, Set.of());
    }

    public static Caller ofPlatformAccount(PlatformAccount account) {
        return new Caller(account.username(), account.displayName(), null, Set.of(account.role()),
                account.subDistrict(), account.assessedCommunities());
    }

    public Optional<String> community() {
        return Optional.ofNullable(communityId);
    }

    public boolean isPlatformAdmin() {
        return roles.contains(Role.PLATFORM_ADMIN);
    }

    /** How far this caller may see into a community. Platform administrators see none of its private data. */
    public CommunityAccess accessTo(Community target) {
        String targetId = target.id().value();
        if (communityId != null) {
            return communityId.equals(targetId) && target.isActive() ? CommunityAccess.MEMBER : CommunityAccess.NONE;
        }
        if (roles.contains(Role.SUBDISTRICT_SUPERVISOR) && target.region().subDistrict().equals(subDistrict)) {
            return CommunityAccess.READ;
        }
        if (roles.contains(Role.ASSESSOR) && assessedCommunities.contains(targetId)) {
            return CommunityAccess.READ;
        }
        return CommunityAccess.NONE;
    }

    public Set<Permission> permissions() {
        Set<Permission> all = EnumSet.noneOf(Permission.class);
        roles.forEach(role -> all.addAll(role.permissions()));
        return all;
    }

    /** A member of the community in scope who holds the permission there (platform accounts hold none inside a community). */
    public boolean holds(Permission permission) {
        return communityId != null && permissions().contains(permission);
    }

    /** Refuses, in the words given, a caller who does not {@link #holds hold} the permission. */
    public void require(Permission permission, String refusal) {
        if (!holds(permission)) {
            throw new ForbiddenActionException(refusal);
        }
    }
}
