package org.weimin.evaluation.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * A household's paper voting slip (评议票) for a round: a one-time code of 20 characters from 31 without look-alikes
 * (99 bits, not guessable), kept only as its SHA-256 so that a copy of the database opens no vote. Printing the slips
 * again replaces the codes of households that have not voted.
 */
public class VotingSlip {

    private static final char[] READABLE = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    static final int CODE_LENGTH = 20;

    private String tenantId;
    private UUID id;
    private UUID roundId;
    private UUID householdId;
    private String codeHash;
    private Instant issuedAt;

    protected VotingSlip() {
    }

    public VotingSlip(UUID roundId, UUID householdId) {
        this.id = UUID.randomUUID();
        this.roundId = roundId;
        this.householdId = householdId;
    }

    /** Gives the slip a new code and returns it; the code itself is not kept. */
    public String issue(Instant now) {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(READABLE[RANDOM.nextInt(READABLE.length)]);
        }
        this.codeHash = hash(code.toString());
        this.issuedAt = now;
        return code.toString();
    }

    /** The hash a code is looked up by; spaces, dashes and case as residents type them do not matter. */
    public static String hash(String code) {
        String normalised = code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public UUID id() { return id; }
    public UUID roundId() { return roundId; }
    public UUID householdId() { return householdId; }
    public String codeHash() { return codeHash; }
    public Instant issuedAt() { return issuedAt; }
}
