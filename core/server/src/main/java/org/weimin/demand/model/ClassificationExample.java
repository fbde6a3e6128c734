package org.weimin.demand.model;

import java.time.Instant;
import java.util.UUID;

/** A need as staff classified it: the community's own training data for its classifier. */
public class ClassificationExample {

    private String tenantId;
    private UUID id;
    private String text;
    private DemandKind kind;
    private ServiceCategory category;
    private Instant at;

    protected ClassificationExample() {
    }

    public ClassificationExample(String text, DemandKind kind, ServiceCategory category, Instant at) {
        this.id = UUID.randomUUID();
        this.text = text;
        this.kind = kind;
        this.category = category;
        this.at = at;
    }

    public String text() {
        return text;
    }

    public DemandKind kind() {
        return kind;
    }

    public ServiceCategory category() {
        return category;
    }
}
