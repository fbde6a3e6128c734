package org.weimin.fund.model;

import java.util.UUID;

/**
 * The newest entry of a community's journal: its number and hash. Each posting locks this row, so a community's
 * entries are numbered one after another without gaps, whichever instance posts them.
 */
public class ChainHead {

    private String tenantId;
    private UUID id;
    private long seq;
    private String hash;

    protected ChainHead() {
    }

    public ChainHead(String community) {
        this.id = UUID.randomUUID();
        this.seq = 0;
        this.hash = EntryHash.genesis(community);
    }

    void advance(JournalEntry entry) {
        this.seq = entry.seq();
        this.hash = entry.hash();
    }

    public long seq() { return seq; }
    public String hash() { return hash; }
}
