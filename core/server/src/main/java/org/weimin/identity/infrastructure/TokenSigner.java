package org.weimin.identity.infrastructure;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.weimin.identity.application.IssuedToken;
import org.weimin.identity.application.TokenIssuer;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Role;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Signs MicroProfile JWT bearer tokens (RS256) for signed-in callers. */
@ApplicationScoped
public class TokenSigner implements TokenIssuer {

    public static final String COMMUNITY_CLAIM = "community";
    public static final String SUBDISTRICT_CLAIM = "subDistrict";
    public static final String ASSESSES_CLAIM = "assesses";
    public static final String DISPLAY_NAME_CLAIM = "name";

    @Inject
    @ConfigProperty(name = "weimin.jwt.lifetime", defaultValue = "PT8H")
    Duration lifetime;

    @Override
    public IssuedToken issue(Caller caller, Instant now) {
        Instant expires = now.plus(lifetime);
        String subject = caller.community().map(c -> c + "/").orElse("") + caller.username();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(JwtVerificationConfigSource.ISSUER)
                .subject(subject)
                .claim("upn", subject)
                .claim(DISPLAY_NAME_CLAIM, caller.displayName())
                .claim("groups", caller.roles().stream().map(Role::name).toList())
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(expires));
        caller.community().ifPresent(c -> claims.claim(COMMUNITY_CLAIM, c));
        if (caller.subDistrict() != null) {
            claims.claim(SUBDISTRICT_CLAIM, caller.subDistrict());
        }
        if (!caller.assessedCommunities().isEmpty()) {
            claims.claim(ASSESSES_CLAIM, List.copyOf(caller.assessedCommunities()));
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(),
                claims.build());
        try {
            jwt.sign(new RSASSASigner(SigningKeys.get().getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
        return new IssuedToken(jwt.serialize(), expires);
    }
}
