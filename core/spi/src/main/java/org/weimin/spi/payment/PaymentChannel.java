package org.weimin.spi.payment;

import org.weimin.spi.intake.InboundDelivery;

/**
 * A payment provider a community takes online donations through. The platform stores the payment first, then asks the
 * channel for the order the donor pays; the provider confirms later, asynchronously, with a signed notification that the
 * platform hands to {@link #notice}. Providers retry, repeat and reorder notifications: the platform posts a payment once
 * whatever arrives, so a channel only verifies and reads. Since SPI 1.6.
 */
public interface PaymentChannel {

    /** The order for one payment: where the donor goes to pay, and the provider's reference for it. */
    PaymentOrder order(PaymentRequest request);

    /** Verifies a notification from the provider (its signature) and reads what it says about which payment. */
    PaymentNotice notice(InboundDelivery delivery);
}
