package org.weimin.identity.infrastructure;

import java.security.SecureRandom;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * PBKDF2-HMAC-SHA256 as OWASP recommends it today (600,000 iterations). Hashes made with fewer iterations
 * still verify and are replaced at the next successful sign-in.
 */
@ApplicationScoped
public class PasswordHashing implements org.weimin.identity.application.PasswordHasher {

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @Inject
    @ConfigProperty(name = "weimin.password.iterations", defaultValue = "600000")
    int iterations;

    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of("Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32", "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        byte[] nobody = new byte[24];
        new SecureRandom().nextBytes(nobody);
        decoy = pbkdf2.generate(java.util.Base64.getEncoder().encodeToString(nobody).toCharArray());
    }

    @Override
    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    @Override
    public boolean verify(char[] password, String storedHash) {
        return pbkdf2.verify(password, storedHash);
    }

    @Override
    public String decoy() {
        return decoy;
    }

    /** Whether a stored hash ({@code PBKDF2WithHmacSHA256:iterations:salt:hash}) is weaker than required. */
    @Override
    public boolean isWeak(String storedHash) {
        String[] parts = storedHash.split(":");
        try {
            return parts.length != 4 || !"PBKDF2WithHmacSHA256".equals(parts[0]) || Integer.parseInt(parts[1]) < iterations;
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
