package org.weimin.fund.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One immutable, balanced entry of a community's journal. It carries the hash of its content and of the entry before
 * it (a chain per community), so changing any stored entry, or taking one out, shows when the chain is verified.
 */
public class JournalEntry {

    private String tenantId;
    private UUID id;
    private long seq;
    private String entryKey;
    private EntryKind kind;
    private String reason;
    private String document;
    private String recordedBy;
    private Instant recordedAt;
    private UUID reverses;
    private String previousHash;
    private String hash;
    private List<Posting> postings = new ArrayList<>();

    protected JournalEntry() {
    }

    JournalEntry(EntryDraft draft, long seq, String previousHash) {
        this.id = UUID.randomUUID();
        this.seq = seq;
        this.entryKey = draft.key();
        this.kind = draft.kind();
        this.reason = draft.reason();
        this.document = draft.document();
        this.recordedBy = draft.by();
        this.recordedAt = draft.at().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        this.reverses = draft.reverses();
        this.previousHash = previousHash;
        int position = 0;
        for (Transfer transfer : draft.transfers()) {
            postings.add(new Posting(id, position++, transfer.from(), Side.DEBIT, transfer.amountFen()));
            postings.add(new Posting(id, position++, transfer.to(), Side.CREDIT, transfer.amountFen()));
        }
        this.hash = EntryHash.of(this);
    }

    /** Attaches the postings read with the entry (they are stored as their own rows). */
    public JournalEntry withPostings(List<Posting> stored) {
        this.postings = new ArrayList<>(stored);
        return this;
    }

    /** The transfers that undo this entry: every posting on the other side. */
    public List<Transfer> undoing() {
        List<Transfer> undo = new ArrayList<>();
        for (int i = 0; i + 1 < postings.size(); i += 2) {
            undo.add(new Transfer(postings.get(i + 1).accountId(), postings.get(i).accountId(), postings.get(i).amountFen()));
        }
        return undo;
    }

    public boolean isBalanced() {
        long debits = postings.stream().filter(p -> p.side() == Side.DEBIT).mapToLong(Posting::amountFen).sum();
        long credits = postings.stream().filter(p -> p.side() == Side.CREDIT).mapToLong(Posting::amountFen).sum();
        return debits == credits && debits > 0 && postings.stream().allMatch(p -> p.amountFen() > 0);
    }

    /** The amount the entry moves: its debits (equal to its credits). */
    public long amountFen() {
        return postings.stream().filter(p -> p.side() == Side.DEBIT).mapToLong(Posting::amountFen).sum();
    }

    public UUID id() { return id; }
    public long seq() { return seq; }
    public String entryKey() { return entryKey; }
    public EntryKind kind() { return kind; }
    public String reason() { return reason; }
    public String document() { return document; }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
    public UUID reverses() { return reverses; }
    public String previousHash() { return previousHash; }
    public String hash() { return hash; }
    public List<Posting> postings() { return List.copyOf(postings); }
}
