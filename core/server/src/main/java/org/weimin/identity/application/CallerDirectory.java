package org.weimin.identity.application;

import java.util.Optional;

import org.weimin.identity.model.Account;
import org.weimin.identity.model.AccountRepository;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.PlatformAccountRepository;
import org.weimin.tenancy.application.TenantScope;
import org.weimin.tenancy.model.CommunityId;
import org.weimin.tenancy.model.CommunityRepository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Finds the person behind a login name: {@code community/username} for a member of a community, a bare
 * {@code username} for a platform account.
 */
@ApplicationScoped
public class CallerDirectory {

    public record StoredCredential(Caller caller, String hash) {
    }

    @Inject
    CommunityRepository communities;

    @Inject
    AccountRepository accounts;

    @Inject
    PlatformAccountRepository platformAccounts;

    @Inject
    Lookups lookups;

    public Optional<StoredCredential> credentialOf(String loginName) {
        int slash = loginName.indexOf('/');
        if (slash < 0) {
            return TenantScope.callAsPlatform(() -> lookups.platformCredential(loginName));
        }
        String community = loginName.substring(0, slash);
        String username = loginName.substring(slash + 1);
        if (!CommunityId.isValid(community)) {
            return Optional.empty();
        }
        return TenantScope.callAs(new CommunityId(community), () -> lookups.communityCredential(community, username));
    }

    /** Replaces the stored hash of the account behind a login name with a stronger hash of the same password. */
    public void rehash(String loginName, String strongerHash) {
        int slash = loginName.indexOf('/');
        if (slash < 0) {
            TenantScope.runAsPlatform(() -> lookups.rehashPlatformAccount(loginName, strongerHash));
        } else {
            String community = loginName.substring(0, slash);
            TenantScope.runAs(new CommunityId(community), () -> lookups.rehashAccount(loginName.substring(slash + 1), strongerHash));
        }
    }

    /** The reads, each in one transaction opened after the tenant scope is set. */
    @ApplicationScoped
    public static class Lookups {

        @Inject
        CommunityRepository communities;

        @Inject
        AccountRepository accounts;

        @Inject
        PlatformAccountRepository platformAccounts;

        @Transactional
        public Optional<StoredCredential> platformCredential(String username) {
            return platformAccounts.findByUsername(username).filter(a -> a.isActive())
                    .map(a -> new StoredCredential(Caller.ofPlatformAccount(a), a.passwordHash()));
        }

        @Transactional
        public void rehashPlatformAccount(String username, String strongerHash) {
            platformAccounts.findByUsername(username).ifPresent(a -> a.rehash(strongerHash));
        }

        @Transactional
        public void rehashAccount(String username, String strongerHash) {
            accounts.findByUsername(username).ifPresent(a -> a.rehash(strongerHash));
        }

        @Transactional
        public Optional<StoredCredential> communityCredential(String community, String username) {
            if (communities.find(new CommunityId(community)).isEmpty()) {
                return Optional.empty();
            }
            return accounts.findByUsername(username).filter(Account::isActive)
                    .map(a -> new StoredCredential(Caller.ofAccount(community, a), a.passwordHash()));
        }
    }
}
