package org.weimin.identity.application;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

import org.weimin.identity.model.SignInAttempts;
import org.weimin.tenancy.application.CommunityAdministration;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;

/**
 * Signs people in for the web UI and the REST token endpoint alike. Wrong passwords in a row slow an account
 * down and then lock it for a while, and so do many failures from one address; every refusal gets the same
 * answer, and each leaves a line on the {@code org.weimin.audit} logger.
 */
@ApplicationScoped
public class Authentication {

    private static final Logger AUDIT = Logger.getLogger("org.weimin.audit");

    /** Three free tries, then 1, 2, 4 ... seconds to wait (at most a minute), locked for 15 minutes after 10. */
    static final SignInAttempts.Policy PER_ACCOUNT = new SignInAttempts.Policy(3, Duration.ofSeconds(1),
            Duration.ofMinutes(1), 10, Duration.ofMinutes(15));
    /** An office behind one address shares it, so it gets more room before it is slowed down. */
    static final SignInAttempts.Policy PER_ADDRESS = new SignInAttempts.Policy(30, Duration.ofSeconds(1),
            Duration.ofMinutes(1), 200, Duration.ofMinutes(15));

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    CallerDirectory callers;

    @Inject
    CommunityAdministration communities;

    @Inject
    PasswordHasher hashing;

    private final Clock clock = Clock.systemUTC();
    private final SignInAttempts accounts = new SignInAttempts(PER_ACCOUNT);
    private final SignInAttempts addresses = new SignInAttempts(PER_ADDRESS);

    /**
     * @param community the community signed into; empty for platform accounts (administrators,
     *                  supervisors, assessors)
     * @param source the address the attempt comes from
     */
    public SignInOutcome signIn(Optional<CommunityId> community, String username, String password, String source) {
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            return new SignInOutcome.InvalidCredentials();
        }
        String loginName = community.map(c -> c.value() + "/").orElse("") + username.strip().toLowerCase();
        String account = "account:" + loginName;
        String address = "address:" + source;
        if (accounts.waitFor(account, clock.instant()).isPresent() || addresses.waitFor(address, clock.instant()).isPresent()) {
            AUDIT.warning(() -> "sign-in not tried, too many failures: account=" + loginName + " source=" + source
                    + (accounts.isLocked(account) ? " (account locked)" : ""));
            return new SignInOutcome.InvalidCredentials();
        }
        CredentialValidationResult result = identityStores.validate(new UsernamePasswordCredential(loginName, password));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            int inARow = accounts.failed(account, clock.instant());
            addresses.failed(address, clock.instant());
            AUDIT.info(() -> "sign-in refused: account=" + loginName + " source=" + source + " failures-in-a-row=" + inARow);
            return new SignInOutcome.InvalidCredentials();
        }
        accounts.succeeded(account);
        if (community.isPresent() && !communities.isActive(community.get())) {
            return new SignInOutcome.CommunitySuspended();
        }
        return callers.credentialOf(loginName).<SignInOutcome>map(stored -> {
            if (hashing.isWeak(stored.hash())) {
                callers.rehash(loginName, hashing.hash(password.toCharArray()));
            }
            AUDIT.fine(() -> "signed in: account=" + loginName + " source=" + source);
            return new SignInOutcome.SignedIn(stored.caller());
        }).orElseGet(SignInOutcome.InvalidCredentials::new);
    }
}
