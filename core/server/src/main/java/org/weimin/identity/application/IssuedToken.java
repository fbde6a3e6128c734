package org.weimin.identity.application;

import java.time.Instant;

public record IssuedToken(String token, Instant expiresAt) {
}
