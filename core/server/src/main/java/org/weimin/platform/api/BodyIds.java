package org.weimin.platform.api;

import java.util.UUID;

import org.weimin.shared.InvalidInputException;

/** Ids in request bodies: one that is not a well-formed id is bad input in that field (unlike an address, which is "not found"). */
public final class BodyIds {

    private BodyIds() {
    }

    public static UUID uuid(String value, String field) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, field + " is not an id");
        }
    }
}
