package org.weimin.identity.model;

import java.time.Instant;

/** A bearer token signed out before its expiry. */
public class RevokedToken {

    private String tokenId;
    private Instant expiresAt;

    protected RevokedToken() {
    }

    public RevokedToken(String tokenId, Instant expiresAt) {
        if (tokenId == null || tokenId.isBlank()) {
            throw new IllegalArgumentException("a revoked token needs its id");
        }
        this.tokenId = tokenId;
        this.expiresAt = expiresAt;
    }

    public String tokenId() {
        return tokenId;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
