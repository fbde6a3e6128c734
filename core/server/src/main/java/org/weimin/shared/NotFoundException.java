package org.weimin.shared;

/** Something platform-level the caller named does not exist (a plugin, a feature). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
