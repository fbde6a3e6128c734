package org.weimin.identity.application;

/** How passwords are kept: only as slow salted hashes, verified without telling how far a guess was off. */
public interface PasswordHasher {

    String hash(char[] password);

    boolean verify(char[] password, String storedHash);

    /** A hash of nothing anyone knows, verified against when there is no such account, so that both take as long. */
    String decoy();

    /** Whether a stored hash is weaker than the platform now requires, and should be replaced at the next sign-in. */
    boolean isWeak(String storedHash);
}
