package org.weimin.fund.model;

import java.time.Instant;
import java.util.UUID;

/**
 * One account of a community's fund. It keeps the totals of what was debited and credited (so a guard holds
 * in the database as a check on the row, not only here); its balance is their difference, and the sums of its
 * postings in the journal must always equal them.
 */
public class FundAccount {

    private String tenantId;
    private UUID id;
    private String accountKey;
    private AccountKind kind;
    private String name;
    private UUID projectId;
    private boolean guarded;
    private long debitsFen;
    private long creditsFen;
    private Instant openedAt;
    private long version;

    protected FundAccount() {
    }

    private FundAccount(String accountKey, AccountKind kind, String name, UUID projectId, Instant now) {
        this.id = UUID.randomUUID();
        this.accountKey = accountKey;
        this.kind = kind;
        this.name = name;
        this.projectId = projectId;
        this.guarded = kind.guarded();
        this.openedAt = now;
    }

    /** The community's one account of this kind (its key is the kind, so it is opened once). */
    public static FundAccount standard(AccountKind kind, Instant now) {
        if (!kind.onePerCommunity()) {
            throw new IllegalArgumentException(kind + " is opened per fund or project");
        }
        return new FundAccount(kind.name(), kind, null, null, now);
    }

    /** A named fund (冠名基金) under the donor's naming. */
    public static FundAccount namedFund(String name, Instant now) {
        UUID id = UUID.randomUUID();
        FundAccount account = new FundAccount(AccountKind.NAMED_FUND + ":" + id, AccountKind.NAMED_FUND, name, null, now);
        account.id = id;
        return account;
    }

    /** A project's account of this kind (its money committed, or its crowdfunding), one per project. */
    public static FundAccount ofProject(AccountKind kind, UUID projectId, String name, Instant now) {
        if (kind != AccountKind.PROJECT && kind != AccountKind.CROWDFUNDING) {
            throw new IllegalArgumentException(kind + " is not a project's account");
        }
        return new FundAccount(kind + ":" + projectId, kind, name, projectId, now);
    }

    /** What the account holds: credits less debits, in fen. */
    public long balanceFen() {
        return creditsFen - debitsFen;
    }

    /** Whether debiting this much keeps it within what it holds (always so for a source). */
    boolean affords(long amountFen) {
        return !guarded || balanceFen() >= amountFen;
    }

    void apply(Side side, long amountFen) {
        if (side == Side.DEBIT) {
            debitsFen = Math.addExact(debitsFen, amountFen);
        } else {
            creditsFen = Math.addExact(creditsFen, amountFen);
        }
    }

    public UUID id() { return id; }
    public String accountKey() { return accountKey; }
    public AccountKind kind() { return kind; }
    public String name() { return name; }
    public UUID projectId() { return projectId; }
    public boolean guarded() { return guarded; }
    public long debitsFen() { return debitsFen; }
    public long creditsFen() { return creditsFen; }
    public Instant openedAt() { return openedAt; }
}
