package org.weimin.identity.application;

import java.time.Instant;

import org.weimin.identity.model.RevokedToken;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Signing out of the API: a token's id is remembered as revoked until the token would have expired anyway. */
@ApplicationScoped
public class TokenRevocations {

    @Inject
    EntityManager em;

    @PlatformWide
    @Transactional
    public void revoke(String tokenId, Instant expiresAt) {
        if (em.find(RevokedToken.class, tokenId) == null) {
            em.persist(new RevokedToken(tokenId, expiresAt));
        }
        em.createQuery("delete from RevokedToken t where t.expiresAt < :now")
                .setParameter("now", Instant.now()).executeUpdate();
    }

    @PlatformWide
    @Transactional
    public boolean isRevoked(String tokenId) {
        return em.find(RevokedToken.class, tokenId) != null;
    }
}
