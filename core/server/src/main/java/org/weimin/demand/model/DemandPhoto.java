package org.weimin.demand.model;

import java.time.Instant;
import java.util.UUID;

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
        this.contentType = pictureType(content);
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

    /** The picture type from the file's first bytes, or null when it is not a picture kept here. */
    static String pictureType(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0D && b[5] == 0x0A) {
            return "image/png";
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E'
                && b[10] == 'B' && b[11] == 'P') {
            return "image/webp";
        }
        return null;
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
