package org.weimin.identity.infrastructure;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.weimin.identity.application.CallerDirectory;
import org.weimin.identity.application.Credentials;
import org.weimin.identity.application.PasswordHasher;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Role;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/**
 * The database identity store: checks a {@code community/username} (or a platform {@code username}) and
 * password against the PBKDF2 hash stored for the account. An unknown user costs the same hashing work as
 * a wrong password, so response times do not tell which accounts exist.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    PasswordHasher passwordHash;

    @Inject
    CallerDirectory callers;

    @Override
    public CredentialValidationResult validate(jakarta.security.enterprise.credential.Credential credential) {
        if (credential instanceof UsernamePasswordCredential usernamePassword) {
            return validate(usernamePassword);
        }
        return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String name = credential.getCaller();
        Optional<Credentials.StoredCredential> stored = callers.credentialOf(name);
        char[] password = credential.getPassword().getValue();
        boolean matches = passwordHash.verify(password, stored.map(Credentials.StoredCredential::hash).orElseGet(passwordHash::decoy));
        if (stored.isEmpty() || !matches) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Caller caller = stored.get().caller();
        Set<String> groups = caller.roles().stream().map(Role::name).collect(Collectors.toSet());
        return new CredentialValidationResult(name, groups);
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return EnumSet.of(ValidationType.VALIDATE);
    }
}
