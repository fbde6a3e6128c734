package org.weimin.identity.application;

import java.util.Optional;
import java.util.logging.Logger;

import org.weimin.tenancy.application.CommunityAdministration;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;

/** Signs people in for the web UI and the REST token endpoint alike. */
@ApplicationScoped
public class Authentication {

    private static final Logger LOG = Logger.getLogger(Authentication.class.getName());

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    CallerDirectory callers;

    @Inject
    CommunityAdministration communities;

    /**
     * @param community the community signed into; empty for platform accounts (administrators,
     *                  supervisors, assessors)
     */
    public SignInOutcome signIn(Optional<CommunityId> community, String username, String password) {
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            return new SignInOutcome.InvalidCredentials();
        }
        String loginName = community.map(c -> c.value() + "/").orElse("") + username.strip().toLowerCase();
        CredentialValidationResult result = identityStores.validate(
                new UsernamePasswordCredential(loginName, password));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            LOG.info(() -> "sign-in refused for " + loginName);
            return new SignInOutcome.InvalidCredentials();
        }
        if (community.isPresent() && !communities.isActive(community.get())) {
            return new SignInOutcome.CommunitySuspended();
        }
        return callers.credentialOf(loginName)
                .<SignInOutcome>map(stored -> new SignInOutcome.SignedIn(stored.caller()))
                .orElseGet(SignInOutcome.InvalidCredentials::new);
    }
}
