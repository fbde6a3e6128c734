package org.weimin.shared;

/** The request clashes with the current state (a duplicate id, suspending what is already suspended). */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
