package org.weimin.wish.model;

import java.time.Instant;
import java.util.UUID;

import org.weimin.shared.InvalidInputException;
import org.weimin.shared.Pictures;

/** A photo a claimer adds as proof that a wish was fulfilled, kept in the database so every instance serves it. */
public class WishPhoto {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_PER_CLAIM = 3;

    private String tenantId;
    private UUID id;
    private UUID wishId;
    private UUID claimId;
    private String contentType;
    private int size;
    private byte[] content;
    private String uploadedBy;
    private Instant uploadedAt;

    protected WishPhoto() {
    }

    public WishPhoto(Claim claim, byte[] content, String uploadedBy, Instant now) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException("photo", "the photo is empty");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException("photo", "a photo may be at most " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        this.contentType = Pictures.typeOf(content);
        if (contentType == null) {
            throw new InvalidInputException("photo", "only JPEG, PNG or WebP pictures can be added");
        }
        this.id = UUID.randomUUID();
        this.wishId = claim.wishId();
        this.claimId = claim.id();
        this.content = content.clone();
        this.size = content.length;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    public UUID id() { return id; }
    public UUID wishId() { return wishId; }
    public UUID claimId() { return claimId; }
    public String contentType() { return contentType; }
    public int size() { return size; }
    public byte[] content() { return content.clone(); }
    public String uploadedBy() { return uploadedBy; }
    public Instant uploadedAt() { return uploadedAt; }
}
