package org.weimin.fund.infrastructure;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.weimin.fund.model.ChainHead;
import org.weimin.fund.model.FundAccount;

import jakarta.transaction.TransactionScoped;

/**
 * What this transaction holds of a community's books: the chain head it has locked already (one posting's several steps
 * lock it once, not at each step), and the accounts it has read (managed, so a posting reads them again without asking the
 * database; each was found by a query within the community's scope).
 */
@TransactionScoped
public class HeldBooks implements Serializable {

    private static final long serialVersionUID = 1L;

    private transient ChainHead head;
    private transient Map<UUID, FundAccount> accounts;

    Map<UUID, FundAccount> accounts() {
        if (accounts == null) {
            accounts = new HashMap<>();
        }
        return accounts;
    }

    ChainHead head() {
        return head;
    }

    void hold(ChainHead head) {
        this.head = head;
    }
}
