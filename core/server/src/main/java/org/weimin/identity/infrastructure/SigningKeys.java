package org.weimin.identity.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

/**
 * The RSA key pair that signs the platform's JWT bearer tokens. Production names a PEM file
 * ({@code weimin.jwt.private-key-location}); the embedded default generates one into the data folder on
 * first start and keeps it, so tokens survive a restart.
 */
public final class SigningKeys {

    private static volatile KeyPair keys;

    private SigningKeys() {
    }

    public static KeyPair get() {
        if (keys == null) {
            synchronized (SigningKeys.class) {
                if (keys == null) {
                    keys = load();
                }
            }
        }
        return keys;
    }

    public static RSAPublicKey publicKey() {
        return (RSAPublicKey) get().getPublic();
    }

    public static String publicKeyPem() {
        return pem("PUBLIC KEY", get().getPublic().getEncoded());
    }

    private static KeyPair load() {
        String configured = setting("weimin.jwt.private-key-location", "WEIMIN_JWT_PRIVATE_KEY_LOCATION");
        String dataDir = setting("weimin.data-dir", "WEIMIN_DATA_DIR");
        try {
            if (configured != null) {
                return read(Path.of(configured));
            }
            if (dataDir == null) {
                return generate();
            }
            Path file = Path.of(dataDir, "keys", "jwt-signing-key.pem");
            if (Files.exists(file)) {
                return read(file);
            }
            KeyPair generated = generate();
            Files.createDirectories(file.getParent());
            Files.writeString(file, pem("PRIVATE KEY", generated.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the folder's own permissions apply.
            }
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the JWT signing key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JWT signing key is not a valid RSA private key in PKCS#8 PEM", e);
        }
    }

    private static String setting(String property, String environment) {
        String value = System.getProperty(property);
        return value != null && !value.isBlank() ? value : System.getenv(environment);
    }

    private static KeyPair generate() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static KeyPair read(Path file) throws IOException, GeneralSecurityException {
        String body = Files.readString(file, StandardCharsets.US_ASCII)
                .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        KeyFactory factory = KeyFactory.getInstance("RSA");
        RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) factory.generatePrivate(
                new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
        RSAPublicKey publicKey = (RSAPublicKey) factory.generatePublic(
                new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
        return new KeyPair(publicKey, privateKey);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
