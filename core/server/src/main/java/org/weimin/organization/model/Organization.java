package org.weimin.organization.model;

import org.weimin.shared.InvalidInputException;

import java.time.Instant;
import java.util.UUID;

/**
 * A micro-organisation (微组织) registered in one community, of a type a plugin provides. Its attributes
 * are whatever that type declares, stored as validated JSON.
 */
public class Organization {

    private String tenantId;
    private UUID id;
    private String typeId;
    private String name;
    private String attributes;
    private OrganizationStatus status;
    private String rejectionReason;
    private String registeredBy;
    private Instant registeredAt;
    private long version;

    protected Organization() {
    }

    public Organization(String typeId, String name, String attributesJson, boolean needsApproval,
                        String registeredBy, Instant now) {
        if (typeId == null || typeId.isBlank()) {
            throw new IllegalArgumentException("an organisation has a type");
        }
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new IllegalArgumentException("an organisation's name is 1-100 characters");
        }
        this.id = UUID.randomUUID();
        this.typeId = typeId;
        this.name = name.strip();
        this.attributes = attributesJson;
        this.status = needsApproval ? OrganizationStatus.PENDING_APPROVAL : OrganizationStatus.ACTIVE;
        this.registeredBy = registeredBy;
        this.registeredAt = now;
    }

    public void approve() {
        if (status != OrganizationStatus.PENDING_APPROVAL) {
            throw new IllegalStateException("the organisation " + name + " is not waiting for approval");
        }
        status = OrganizationStatus.ACTIVE;
    }

    /** Refuses a registration waiting for approval, with the reason the organisation is told. */
    public void reject(String reason) {
        if (status != OrganizationStatus.PENDING_APPROVAL) {
            throw new IllegalStateException("the organisation " + name + " is not waiting for approval");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "say why the organisation is not approved");
        }
        rejectionReason = InvalidInputException.atMost("reason", reason.strip(), 500);
        status = OrganizationStatus.REJECTED;
    }

    public String rejectionReason() {
        return rejectionReason;
    }

    public UUID id() {
        return id;
    }

    public String typeId() {
        return typeId;
    }

    public String name() {
        return name;
    }

    public String attributesJson() {
        return attributes;
    }

    public OrganizationStatus status() {
        return status;
    }

    public String registeredBy() {
        return registeredBy;
    }

    public Instant registeredAt() {
        return registeredAt;
    }
}
