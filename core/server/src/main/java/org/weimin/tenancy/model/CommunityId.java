package org.weimin.tenancy.model;

import java.util.regex.Pattern;

/** The stable slug that names a community (社区) in URLs, configuration files and every tenant-owned row. */
public record CommunityId(String value) {

    private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    public CommunityId {
        if (value == null || !SLUG.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "community id must be 2-40 lowercase letters, digits or dashes, starting with a letter: " + value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && SLUG.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
