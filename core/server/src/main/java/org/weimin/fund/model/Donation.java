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
    private UUID campaignId;
    private String donorKey;
    private long matchedFen;

    protected Donation() {
    }

    private Donation(JournalEntry entry, UUID accountId, String donorName, boolean anonymous, DonationMethod method, String receiptNo,
                     String goods) {
        this.id = UUID.randomUUID();
        this.entryId = entry.id();
        this.accountId = accountId;
        this.donorName = donorName;
        this.anonymous = anonymous;
        this.method = method;
        this.receiptNo = receiptNo;
        this.goods = goods;
        this.amountFen = entry.amountFen();
        this.receivedAt = entry.recordedAt();
    }

    /** A donation to the fund in general or to a named fund. */
    public static Donation toFund(JournalEntry entry, UUID accountId, String donorName, boolean anonymous, DonationMethod method,
                                  String receiptNo, String goods) {
        return new Donation(entry, accountId, donorName, anonymous, method, receiptNo, goods);
    }

    /**
     * A donation to a crowdfunding campaign, with the pool's match of it.
     *
     * @param donorKey who gave, as the per-donor cap counts them (a payer's account, or the name staff recorded); null when unknown
     */
    public static Donation toCampaign(JournalEntry entry, UUID accountId, UUID campaignId, String donorName, String donorKey, boolean anonymous,
                                      DonationMethod method, String receiptNo, String goods, long matchedFen) {
        Donation donation = new Donation(entry, accountId, donorName, anonymous, method, receiptNo, goods);
        donation.campaignId = campaignId;
        donation.donorKey = donorKey;
        donation.matchedFen = matchedFen;
        return donation;
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
    public UUID campaignId() { return campaignId; }
    public String donorKey() { return donorKey; }
    public long matchedFen() { return matchedFen; }
}
