package org.weimin.fund.model;

import java.time.Instant;
import java.util.UUID;

/** The match rules a community's cadre set: each new campaign starts with them. */
public class CommunityMatchRules {

    private String tenantId;
    private UUID id;
    private MatchRules rules;
    private String updatedBy;
    private Instant updatedAt;
    private long version;

    protected CommunityMatchRules() {
    }

    public CommunityMatchRules(MatchRules rules, String by, Instant now) {
        this.id = UUID.randomUUID();
        change(rules, by, now);
    }

    public final void change(MatchRules rules, String by, Instant now) {
        this.rules = rules;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    public MatchRules rules() { return rules; }
    public String updatedBy() { return updatedBy; }
    public Instant updatedAt() { return updatedAt; }
}
