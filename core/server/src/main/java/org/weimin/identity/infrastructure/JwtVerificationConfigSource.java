package org.weimin.identity.infrastructure;

import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Tells MicroProfile JWT how to verify the tokens this platform signs: the public half of
 * {@link SigningKeys} and the issuer name. Anything set in system properties or the environment wins.
 */
public class JwtVerificationConfigSource implements ConfigSource {

    static final String ISSUER = "weimin-platform";
    private static final String PUBLIC_KEY = "mp.jwt.verify.publickey";
    private static final String ISSUER_KEY = "mp.jwt.verify.issuer";

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(PUBLIC_KEY, ISSUER_KEY);
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(PUBLIC_KEY, SigningKeys.publicKeyPem(), ISSUER_KEY, ISSUER);
    }

    @Override
    public String getValue(String propertyName) {
        return switch (propertyName) {
            case PUBLIC_KEY -> SigningKeys.publicKeyPem();
            case ISSUER_KEY -> ISSUER;
            default -> null;
        };
    }

    @Override
    public String getName() {
        return "weimin-jwt-keys";
    }

    @Override
    public int getOrdinal() {
        return 50;
    }
}
