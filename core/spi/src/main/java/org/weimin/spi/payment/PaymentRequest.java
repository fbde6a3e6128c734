package org.weimin.spi.payment;

/**
 * A payment the platform has stored and asks the provider for.
 *
 * @param paymentId the platform's id of the payment; the provider's notifications name it
 * @param amountFen what the donor pays, in fen
 * @param description what the donor sees at the provider, such as the project's name
 * @param notifyUrl where the provider sends its notifications
 * @param returnUrl where the provider sends the donor back after paying
 */
public record PaymentRequest(String paymentId, long amountFen, String description, String notifyUrl, String returnUrl) {
}
