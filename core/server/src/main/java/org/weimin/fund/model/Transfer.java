package org.weimin.fund.model;

import java.util.UUID;

/** Money moved from one account to another: the debit and the credit of one line pair of an entry. */
public record Transfer(UUID from, UUID to, long amountFen) {
}
