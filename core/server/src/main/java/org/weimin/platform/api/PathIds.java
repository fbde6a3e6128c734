package org.weimin.platform.api;

import java.util.UUID;

import org.weimin.shared.NotFoundException;

/** Ids in addresses: one that is not even a well-formed id names nothing here, so it is "not found". */
public final class PathIds {

    private PathIds() {
    }

    /** @param notFound what the caller is told, e.g. "no need x here" */
    public static UUID uuid(String id, String notFound) {
        try {
            return UUID.fromString(id == null ? "" : id.strip());
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(notFound);
        }
    }
}
