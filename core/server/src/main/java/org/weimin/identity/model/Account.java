package org.weimin.identity.model;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** A person's account within one community: residents, grid workers, social workers and cadres. */
public class Account {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,49}");
    private static final Pattern WORK_PHONE = Pattern.compile("\\+?[0-9][0-9 -]{2,29}");

    private String tenantId;
    private UUID id;
    private String username;
    private String displayName;
    private String passwordHash;
    /** The hash the configuration gave; {@code passwordHash} may be a stronger hash of the same password. */
    private String configuredPasswordHash;
    private Set<Role> roles;
    private UUID householdId;
    private boolean active;
    private String workPhone;
    private long version;

    /** Whether a username is one an account may have: 2-50 lowercase letters, digits, dots, dashes or underscores. */
    public static boolean isValidUsername(String username) {
        return username != null && USERNAME.matcher(username).matches();
    }

    protected Account() {
    }

    public Account(String username, String displayName, String passwordHash, Set<Role> roles, UUID householdId) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException(
                    "a username is 2-50 lowercase letters, digits, dots, dashes or underscores: " + username);
        }
        this.id = UUID.randomUUID();
        this.username = username;
        this.active = true;
        update(displayName, passwordHash, roles, householdId);
    }

    public final void update(String newDisplayName, String newPasswordHash, Set<Role> newRoles, UUID newHouseholdId) {
        if (newDisplayName == null || newDisplayName.isBlank()) {
            throw new IllegalArgumentException("a display name is required for " + username);
        }
        if (newPasswordHash == null || newPasswordHash.isBlank()) {
            throw new IllegalArgumentException("a password hash is required for " + username);
        }
        if (newRoles == null || newRoles.isEmpty()) {
            throw new IllegalArgumentException(username + " needs at least one role");
        }
        if (newRoles.stream().anyMatch(Role::isPlatformRole)) {
            throw new IllegalArgumentException(username + ": platform roles cannot be held inside a community");
        }
        if (newRoles.contains(Role.RESIDENT) && newHouseholdId == null) {
            throw new IllegalArgumentException(username + ": a resident account must belong to a household");
        }
        this.displayName = newDisplayName.strip();
        if (!newPasswordHash.equals(configuredPasswordHash)) {
            this.passwordHash = newPasswordHash;
            this.configuredPasswordHash = newPasswordHash;
        }
        this.roles = EnumSet.copyOf(newRoles);
        this.householdId = newHouseholdId;
    }

    public void deactivate() {
        active = false;
    }

    public UUID id() {
        return id;
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

    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }

    public UUID householdId() {
        return householdId;
    }

    /**
     * The phone a staff member answers residents on (a grid worker's is shown to the households of their grids);
     * none when blank.
     */
    public void publishWorkPhone(String phone) {
        if (phone == null || phone.isBlank()) {
            workPhone = null;
            return;
        }
        if (!WORK_PHONE.matcher(phone.strip()).matches()) {
            throw new IllegalArgumentException(username + ": a work phone is 3-30 digits, spaces, dashes or a leading +");
        }
        workPhone = phone.strip();
    }

    public String workPhone() {
        return workPhone;
    }

    public boolean isActive() {
        return active;
    }

    public String tenantId() {
        return tenantId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Account account && Objects.equals(id, account.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
