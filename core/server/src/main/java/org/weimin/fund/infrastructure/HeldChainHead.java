package org.weimin.fund.infrastructure;

import java.io.Serializable;

import org.weimin.fund.model.ChainHead;

import jakarta.transaction.TransactionScoped;

/** The chain head this transaction has locked already: one posting's several steps lock it once, not at each step. */
@TransactionScoped
public class HeldChainHead implements Serializable {

    private static final long serialVersionUID = 1L;

    private transient ChainHead head;

    ChainHead head() {
        return head;
    }

    void hold(ChainHead head) {
        this.head = head;
    }
}
