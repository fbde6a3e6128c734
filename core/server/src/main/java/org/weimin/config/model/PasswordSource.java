package org.weimin.config.model;

/** Where an account's password comes from: a stored PBKDF2 hash, or an environment variable read at apply time. */
public sealed interface PasswordSource {

    record Hash(String value) implements PasswordSource {
    }

    record EnvironmentVariable(String name, int line) implements PasswordSource {
    }
}
