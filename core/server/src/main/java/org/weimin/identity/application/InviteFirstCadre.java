package org.weimin.identity.application;

import java.security.SecureRandom;

import org.weimin.identity.model.Account;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Permission;
import org.weimin.platform.application.Written;
import org.weimin.shared.ForbiddenActionException;
import org.weimin.shared.InvalidInputException;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A new community gets its first cadre from the platform administrator, with a one-time password shown to the
 * administrator once and stored only as a hash: the cadre signs in with it and sets the community up.
 */
@ApplicationScoped
public class InviteFirstCadre {

    /** Letters and digits nobody mixes up when reading a password aloud (no 0/O, 1/l/I). */
    private static final char[] READABLE = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    ProvisionAccounts provisioning;

    /** @return the one-time password, which nothing keeps */
    public String invite(CommunityId community, Caller administrator,
                         @Written(message = "is missing: the cadre's username") String username,
                         @Written(message = "is missing: the cadre's name") String displayName) {
        if (administrator.community().isPresent() || !administrator.permissions().contains(Permission.MANAGE_PLATFORM)) {
            throw new ForbiddenActionException("only platform administrators create a community's first cadre");
        }
        if (!Account.isValidUsername(username.strip())) {
            throw new InvalidInputException("cadreUsername", "a username is 2-50 lowercase letters, digits, dots, dashes or underscores");
        }
        char[] password = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            password[i] = READABLE[RANDOM.nextInt(READABLE.length)];
        }
        provisioning.addFirstCadre(community, username.strip(), displayName.strip(), password);
        return new String(password);
    }
}
