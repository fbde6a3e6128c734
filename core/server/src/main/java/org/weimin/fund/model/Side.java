package org.weimin.fund.model;

/** Which side of an account a posting is on: money leaves an account by a debit and reaches one by a credit. */
public enum Side {
    DEBIT, CREDIT;

    public Side opposite() {
        return this == DEBIT ? CREDIT : DEBIT;
    }
}
