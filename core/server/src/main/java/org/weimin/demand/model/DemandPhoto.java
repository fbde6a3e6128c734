package org.weimin.demand.model;

import java.time.Instant;
import java.util.UUID;

import org.weimin.shared.Pictures;

/**
 * A photo added to a need (the broken step, the blocked fire lane). Only JPEG, PNG and WebP pictures are
 * kept, recognised by their content rather than by what the sender claims.
 */
public class DemandPhoto {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_PER_NEED = 3;

    private String tenantId;
    private UUID id;
    private UUID demandId;
    private String contentType;
    private int size;
    private byte[] content;
    private String uploadedBy;
    private Instant uploadedAt;

    protected DemandPhoto() {
    }

    public DemandPhoto(UUID demandId, byte[] content, String uploadedBy, Instant now) {
        if (content == null || content.length == 0) {
            throw new IllegalArgumentException("the photo is empty");
        }
        if (content.length > MAX_BYTES) {
            throw new IllegalArgumentException("a photo may be at most " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        this.contentType = Pictures.typeOf(content);
        if (contentType == null) {
            throw new IllegalArgumentException("only JPEG, PNG or WebP pictures can be added");
        }
        this.id = UUID.randomUUID();
        this.demandId = demandId;
        this.content = content.clone();
        this.size = content.length;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID demandId() {
        return demandId;
    }

    public String contentType() {
        return contentType;
    }

    public int size() {
        return size;
    }

    public byte[] content() {
        return content.clone();
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
