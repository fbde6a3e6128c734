package org.weimin.identity.model;

import java.util.EnumSet;
import java.util.Set;

import static org.weimin.identity.model.Permission.*;

/**
 * Roles. Community roles are held within one community; platform roles belong to accounts that are not
 * members of any community.
 */
public enum Role {
    RESIDENT(false, EnumSet.of(SUBMIT_NEEDS, FOLLOW_OWN_NEEDS)),
    GRID_WORKER(false, EnumSet.of(VIEW_GRID, VISIT_HOUSEHOLDS, TRIAGE_NEEDS)),
    SOCIAL_WORKER(false, EnumSet.of(VIEW_GRID, VISIT_HOUSEHOLDS, TRIAGE_NEEDS)),
    CADRE(false, EnumSet.of(VIEW_GRID, TRIAGE_NEEDS, HOLD_MEETINGS, MANAGE_COMMUNITY)),
    SUBDISTRICT_SUPERVISOR(true, EnumSet.of(READ_SUBDISTRICT_COMMUNITIES, VIEW_GRID)),
    ASSESSOR(true, EnumSet.of(ASSESS_COMMUNITIES)),
    PLATFORM_ADMIN(true, EnumSet.of(MANAGE_PLATFORM));

    private final boolean platformRole;
    private final Set<Permission> permissions;

    Role(boolean platformRole, Set<Permission> permissions) {
        this.platformRole = platformRole;
        this.permissions = permissions;
    }

    public boolean isPlatformRole() {
        return platformRole;
    }

    public Set<Permission> permissions() {
        return EnumSet.copyOf(permissions);
    }
}
