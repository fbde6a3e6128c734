package org.weimin.grid.model;

import java.util.regex.Pattern;

/** The shared rules for the codes and names that identify places in a community's grid. */
final class GridCodes {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,29}");

    private GridCodes() {
    }

    static String require(String code, String what) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(what + " must be 1-30 letters, digits or dashes: " + code);
        }
        return code;
    }

    static String requireName(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        if (name.length() > 100) {
            throw new IllegalArgumentException(what + " is longer than 100 characters");
        }
        return name.strip();
    }
}
