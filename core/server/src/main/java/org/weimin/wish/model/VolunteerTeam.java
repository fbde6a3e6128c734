package org.weimin.wish.model;

import java.time.Instant;
import java.util.UUID;

import org.weimin.shared.InvalidInputException;

/** A volunteer team (志愿服务队) of one of the community's organisations; its members claim wishes in its name. */
public class VolunteerTeam {

    private String tenantId;
    private UUID id;
    private UUID organizationId;
    private String name;
    private Instant createdAt;

    protected VolunteerTeam() {
    }

    public VolunteerTeam(UUID organizationId, String name, Instant now) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "give the team a name");
        }
        this.id = UUID.randomUUID();
        this.organizationId = organizationId;
        this.name = InvalidInputException.atMost("name", name, 100);
        this.createdAt = now;
    }

    public UUID id() { return id; }
    public UUID organizationId() { return organizationId; }
    public String name() { return name; }
    public Instant createdAt() { return createdAt; }
}
