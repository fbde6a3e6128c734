package org.weimin.spi.payment;

/**
 * The provider's order for a payment.
 *
 * @param providerReference the provider's own reference for it
 * @param payUrl where the donor is sent to pay
 */
public record PaymentOrder(String providerReference, String payUrl) {
}
