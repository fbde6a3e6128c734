package org.weimin.fund.model;

import java.time.Instant;
import java.util.UUID;

/** Who gave what, how, and with which receipt: the story behind a DONATION_RECEIVED entry. */
public class Donation {

    private String tenantId;
    private UUID id;
    private UUID entryId;
    private UUID accountId;
    private String donorName;
    private boolean anonymous;
    private DonationMethod method;
    private String receiptNo;
    private String goods;
    private long amountFen;
    private Instant receivedAt;

    protected Donation() {
    }

    public Donation(UUID entryId, UUID accountId, String donorName, boolean anonymous, DonationMethod method, String receiptNo,
                    String goods, long amountFen, Instant receivedAt) {
        this.id = UUID.randomUUID();
        this.entryId = entryId;
        this.accountId = accountId;
        this.donorName = donorName;
        this.anonymous = anonymous;
        this.method = method;
        this.receiptNo = receiptNo;
        this.goods = goods;
        this.amountFen = amountFen;
        this.receivedAt = receivedAt;
    }

    /** The donor as public pages name them: their name, or nothing when they asked to stay anonymous. */
    public String publicName() {
        return anonymous ? null : donorName;
    }

    public UUID id() { return id; }
    public UUID entryId() { return entryId; }
    public UUID accountId() { return accountId; }
    public String donorName() { return donorName; }
    public boolean anonymous() { return anonymous; }
    public DonationMethod method() { return method; }
    public String receiptNo() { return receiptNo; }
    public String goods() { return goods; }
    public long amountFen() { return amountFen; }
    public Instant receivedAt() { return receivedAt; }
}
