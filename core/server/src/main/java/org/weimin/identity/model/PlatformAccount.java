package org.weimin.identity.model;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * An account outside every community: platform administrators, sub-district supervisors (who read the
 * communities of their sub-district) and third-party assessors (who read the communities they assess).
 */
public class PlatformAccount {

    private UUID id;
    private String username;
    private String displayName;
    private String passwordHash;
    /** The hash the configuration gave; {@code passwordHash} may be a stronger hash of the same password. */
    private String configuredPasswordHash;
    private Role role;
    private String subDistrict;
    private String communities;
    private boolean active;
    private long version;

    protected PlatformAccount() {
    }

    public PlatformAccount(String username, String displayName, String passwordHash, Role role,
                           String subDistrict, Set<String> assessedCommunities) {
        if (username == null || !Account.USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("invalid username: " + username);
        }
        this.id = UUID.randomUUID();
        this.username = username;
        this.active = true;
        update(displayName, passwordHash, role, subDistrict, assessedCommunities);
    }

    public final void update(String newDisplayName, String newPasswordHash, Role newRole,
                             String newSubDistrict, Set<String> assessedCommunities) {
        if (newRole == null || !newRole.isPlatformRole()) {
            throw new IllegalArgumentException(username + ": only platform roles belong to platform accounts");
        }
        if (newRole == Role.SUBDISTRICT_SUPERVISOR && (newSubDistrict == null || newSubDistrict.isBlank())) {
            throw new IllegalArgumentException(username + ": a supervisor needs a sub-district");
        }
        if (newDisplayName == null || newDisplayName.isBlank() || newPasswordHash == null || newPasswordHash.isBlank()) {
            throw new IllegalArgumentException(username + ": display name and password hash are required");
        }
        this.displayName = newDisplayName.strip();
        if (!newPasswordHash.equals(configuredPasswordHash)) {
            this.passwordHash = newPasswordHash;
            this.configuredPasswordHash = newPasswordHash;
        }
        this.role = newRole;
        this.subDistrict = newRole == Role.SUBDISTRICT_SUPERVISOR ? newSubDistrict.strip() : null;
        this.communities = newRole == Role.ASSESSOR && assessedCommunities != null
                ? String.join(",", assessedCommunities) : null;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    /** After a sign-in with a hash weaker than today's: the same password, hashed as strongly as now required. */
    public void rehash(String strongerHash) {
        if (strongerHash == null || strongerHash.isBlank()) {
            throw new IllegalArgumentException("a password hash is required for " + username);
        }
        this.passwordHash = strongerHash;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public String subDistrict() {
        return subDistrict;
    }

    public Set<String> assessedCommunities() {
        if (communities == null || communities.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(communities.split(",")).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public boolean isActive() {
        return active;
    }
}
