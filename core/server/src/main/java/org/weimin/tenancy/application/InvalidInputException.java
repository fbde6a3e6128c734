package org.weimin.tenancy.application;

/** Input a person sent that cannot be accepted; {@code field} says which part. */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
