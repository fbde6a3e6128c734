package org.weimin.fund.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of an entry's content and of the hash before it. Every field is written with its length in front,
 * so no two different entries read the same; the chain of a community starts from a hash of its id.
 */
public final class EntryHash {

    private EntryHash() {
    }

    public static String genesis(String community) {
        return sha256("weimin-fund:" + community);
    }

    public static String of(JournalEntry entry) {
        StringBuilder content = new StringBuilder();
        field(content, entry.previousHash());
        field(content, Long.toString(entry.seq()));
        field(content, entry.id().toString());
        field(content, entry.kind().name());
        field(content, entry.entryKey());
        field(content, entry.reason());
        field(content, entry.document());
        field(content, entry.recordedBy());
        field(content, Long.toString(entry.recordedAt().toEpochMilli()));
        field(content, entry.reverses() == null ? null : entry.reverses().toString());
        for (Posting posting : entry.postings()) {
            field(content, posting.position() + "|" + posting.accountId() + "|" + posting.side() + "|" + posting.amountFen());
        }
        return sha256(content.toString());
    }

    private static void field(StringBuilder content, String value) {
        if (value == null) {
            content.append("-1:");
        } else {
            content.append(value.length()).append(':').append(value);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }
}
