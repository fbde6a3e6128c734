package org.weimin.fund.model;

/** How a donation came in. */
public enum DonationMethod {
    CASH,
    BANK_TRANSFER,
    /** Goods, at the value stated on the receipt. */
    GOODS,
    /** Through a payment channel's plugin, confirmed by the provider. */
    ONLINE
}
