package org.weimin.fund.model;

import java.time.Instant;
import java.util.UUID;

import org.weimin.shared.InvalidInputException;

/**
 * A donation paid online through a community's payment channel. It is stored before the provider is asked, so every
 * notification finds it; it is paid once whatever the provider repeats or reorders (a failure after the payment changes
 * nothing, a payment after a failure still counts), and a confirmation of another amount than asked is refused.
 */
public class Payment {

    private String tenantId;
    private UUID id;
    private String channel;
    private UUID campaignId;
    private long amountFen;
    private String donorName;
    private boolean anonymous;
    private String description;
    private String providerReference;
    private String payUrl;
    private PaymentStatus status;
    private Instant createdAt;
    private Instant settledAt;
    private String failureReason;
    private long version;

    protected Payment() {
    }

    /** @param campaignId the crowdfunding it gives to, or null for the community's general donations */
    public static Payment start(String channel, UUID campaignId, long amountFen, String donorName, boolean anonymous, String description, Instant now) {
        Ledger.requireAmount("amountFen", amountFen);
        Payment payment = new Payment();
        payment.id = UUID.randomUUID();
        payment.channel = channel;
        payment.campaignId = campaignId;
        payment.amountFen = amountFen;
        payment.donorName = donorName == null || donorName.isBlank() ? null : InvalidInputException.atMost("donorName", donorName.strip(), 50);
        payment.anonymous = anonymous || payment.donorName == null;
        payment.description = description;
        payment.status = PaymentStatus.CREATED;
        payment.createdAt = now;
        return payment;
    }

    public void ordered(String reference, String address) {
        this.providerReference = reference;
        this.payUrl = address;
    }

    /** The provider confirms the payment: whether its money is to be posted now (not when it was paid before). */
    public boolean paid(long paidFen, Instant now) {
        if (paidFen != amountFen) {
            throw new InvalidInputException("amountFen", "the provider says " + paidFen + " fen were paid for a payment of " + amountFen);
        }
        if (status == PaymentStatus.PAID) {
            return false;
        }
        status = PaymentStatus.PAID;
        settledAt = now;
        failureReason = null;
        return true;
    }

    public void failed(String reason, Instant now) {
        if (status == PaymentStatus.CREATED) {
            status = PaymentStatus.FAILED;
            settledAt = now;
            failureReason = reason;
        }
    }

    /** The key of its donation in the journal: one posting per payment. */
    public String journalKey() {
        return "payment:" + id;
    }

    public UUID id() { return id; }
    public String channel() { return channel; }
    public UUID campaignId() { return campaignId; }
    public long amountFen() { return amountFen; }
    public String donorName() { return donorName; }
    public boolean anonymous() { return anonymous; }
    public String description() { return description; }
    public String providerReference() { return providerReference; }
    public String payUrl() { return payUrl; }
    public PaymentStatus status() { return status; }
    public Instant createdAt() { return createdAt; }
    public Instant settledAt() { return settledAt; }
    public String failureReason() { return failureReason; }
}
