package org.weimin.fund.model;

import java.util.UUID;

/** One line of a journal entry: so many fen to one side of one account. */
public class Posting {

    private String tenantId;
    private UUID id;
    private UUID entryId;
    private int position;
    private UUID accountId;
    private Side side;
    private long amountFen;

    protected Posting() {
    }

    Posting(UUID entryId, int position, UUID accountId, Side side, long amountFen) {
        this.id = UUID.randomUUID();
        this.entryId = entryId;
        this.position = position;
        this.accountId = accountId;
        this.side = side;
        this.amountFen = amountFen;
    }

    public UUID id() { return id; }
    public UUID entryId() { return entryId; }
    public int position() { return position; }
    public UUID accountId() { return accountId; }
    public Side side() { return side; }
    public long amountFen() { return amountFen; }
}
