package org.weimin.shared;

/** The caller belongs here but their roles do not allow this action. */
public class ForbiddenActionException extends RuntimeException {

    public ForbiddenActionException(String message) {
        super(message);
    }
}
