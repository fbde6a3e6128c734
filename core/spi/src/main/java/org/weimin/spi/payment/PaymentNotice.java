package org.weimin.spi.payment;

/** What a provider's notification says, once its channel has verified it. Since SPI 1.6. */
public sealed interface PaymentNotice {

    /** The provider's body to answer a verified notification with (so it stops retrying), and its content type. */
    String acknowledgement();

    String acknowledgementType();

    /** The donor paid: the platform posts the donation, once. */
    record Paid(String paymentId, String providerReference, long amountFen, String acknowledgement, String acknowledgementType)
            implements PaymentNotice {
    }

    /** The payment did not go through (cancelled, declined, expired); a payment already paid stays paid. */
    record Failed(String paymentId, String providerReference, String reason, String acknowledgement, String acknowledgementType)
            implements PaymentNotice {
    }

    /** The signature did not verify: answered 401, nothing changes. */
    record Unauthenticated(String reason) implements PaymentNotice {
        public String acknowledgement() { return null; }
        public String acknowledgementType() { return null; }
    }

    /** The notification could not be read: answered 400, nothing changes. */
    record Malformed(String reason) implements PaymentNotice {
        public String acknowledgement() { return null; }
        public String acknowledgementType() { return null; }
    }
}
