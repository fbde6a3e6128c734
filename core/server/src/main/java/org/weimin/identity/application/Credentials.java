package org.weimin.identity.application;

import java.util.Optional;

import org.weimin.identity.model.Account;
import org.weimin.identity.model.AccountRepository;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.PlatformAccountRepository;
import org.weimin.tenancy.application.CommunityDirectory;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The stored password hashes of active accounts, each read or replaced in its own scope and transaction. */
@ApplicationScoped
public class Credentials {

    public record StoredCredential(Caller caller, String hash) {
    }

    @Inject
    CommunityDirectory communities;

    @Inject
    AccountRepository accounts;

    @Inject
    PlatformAccountRepository platformAccounts;

    @PlatformWide
    @Transactional
    public Optional<StoredCredential> ofPlatformAccount(String username) {
        return platformAccounts.findByUsername(username).filter(a -> a.isActive())
                .map(a -> new StoredCredential(Caller.ofPlatformAccount(a), a.passwordHash()));
    }

    @InCommunity
    @Transactional
    public Optional<StoredCredential> ofAccount(CommunityId community, String username) {
        if (communities.find(community).isEmpty()) {
            return Optional.empty();
        }
        return accounts.findByUsername(username).filter(Account::isActive)
                .map(a -> new StoredCredential(Caller.ofAccount(community.value(), a), a.passwordHash()));
    }

    @PlatformWide
    @Transactional
    public void rehashPlatformAccount(String username, String strongerHash) {
        platformAccounts.findByUsername(username).ifPresent(a -> a.rehash(strongerHash));
    }

    @InCommunity
    @Transactional
    public void rehashAccount(CommunityId community, String username, String strongerHash) {
        accounts.findByUsername(username).ifPresent(a -> a.rehash(strongerHash));
    }
}
