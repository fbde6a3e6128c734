package org.weimin.tenancy.model;

/** A value the domain refuses, naming the field it came in, so the person can correct that one field. */
public class InvalidValueException extends IllegalArgumentException {

    private final String field;

    public InvalidValueException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** The text, stripped, when it is no longer than the limit; null stays null. */
    public static String atMost(String field, String text, int limit) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > limit) {
            throw new InvalidValueException(field, field + " is at most " + limit + " characters (this one has "
                    + stripped.length() + ")");
        }
        return stripped;
    }
}
