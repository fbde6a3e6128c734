package org.weimin.identity.api;

import java.security.Principal;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.weimin.identity.application.TokenRevocations;
import org.weimin.identity.infrastructure.TokenSigner;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Role;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.SecurityContext;

/** Reads the caller from the verified MicroProfile JWT of a REST request. */
@ApplicationScoped
public class Callers {

    @Inject
    TokenRevocations revocations;

    public Caller require(SecurityContext security) {
        return find(security).orElseThrow(() -> new NotAuthorizedException("Bearer"));
    }

    /** The caller, who must be a platform administrator; anyone else is refused with 403. */
    public Caller requirePlatformAdmin(SecurityContext security) {
        Caller caller = require(security);
        if (!caller.isPlatformAdmin()) {
            throw new ForbiddenException();
        }
        return caller;
    }

    public Optional<Caller> find(SecurityContext security) {
        Principal principal = security.getUserPrincipal();
        if (!(principal instanceof JsonWebToken token) || token.getName() == null) {
            return Optional.empty();
        }
        if (token.getTokenID() != null && revocations.isRevoked(token.getTokenID())) {
            return Optional.empty();
        }
        return Optional.of(toCaller(token));
    }

    public Optional<JsonWebToken> token(SecurityContext security) {
        return security.getUserPrincipal() instanceof JsonWebToken token ? Optional.of(token) : Optional.empty();
    }

    private static Caller toCaller(JsonWebToken token) {
        String subject = token.getName();
        String community = token.getClaim(TokenSigner.COMMUNITY_CLAIM);
        String username = subject.contains("/") ? subject.substring(subject.indexOf('/') + 1) : subject;
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String group : token.getGroups()) {
            try {
                roles.add(Role.valueOf(group));
            } catch (IllegalArgumentException unknownGroup) {
                // A group this platform does not define grants nothing.
            }
        }
        Set<String> assesses = new HashSet<>();
        Object claim = token.getClaim(TokenSigner.ASSESSES_CLAIM);
        if (claim instanceof Iterable<?> values) {
            values.forEach(v -> assesses.add(v.toString().replace("\"", "")));
        }
        String displayName = token.getClaim(TokenSigner.DISPLAY_NAME_CLAIM);
        return new Caller(username, displayName == null ? username : displayName, community, roles,
                token.getClaim(TokenSigner.SUBDISTRICT_CLAIM), assesses);
    }
}
