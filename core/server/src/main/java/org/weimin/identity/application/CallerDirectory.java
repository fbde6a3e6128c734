package org.weimin.identity.application;

import java.util.Optional;

import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Finds the person behind a login name as the identity store receives it: {@code community/username} for a
 * member of a community, a bare {@code username} for a platform account.
 */
@ApplicationScoped
public class CallerDirectory {

    @Inject
    Credentials credentials;

    public Optional<Credentials.StoredCredential> credentialOf(String loginName) {
        int slash = loginName.indexOf('/');
        if (slash < 0) {
            return credentials.ofPlatformAccount(loginName);
        }
        String community = loginName.substring(0, slash);
        if (!CommunityId.isValid(community)) {
            return Optional.empty();
        }
        return credentials.ofAccount(new CommunityId(community), loginName.substring(slash + 1));
    }

    /** Replaces the stored hash of the account behind a login name with a stronger hash of the same password. */
    public void rehash(String loginName, String strongerHash) {
        int slash = loginName.indexOf('/');
        if (slash < 0) {
            credentials.rehashPlatformAccount(loginName, strongerHash);
        } else {
            credentials.rehashAccount(new CommunityId(loginName.substring(0, slash)), loginName.substring(slash + 1), strongerHash);
        }
    }
}
