package org.weimin.shared;

/**
 * A value the platform refuses, naming the field it came in, so the person can correct that one field.
 * Domain rules and use cases throw it alike.
 */
public class InvalidInputException extends IllegalArgumentException {

    private final String field;

    public InvalidInputException(String field, String message) {
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
            throw new InvalidInputException(field, field + " is at most " + limit + " characters (this one has "
                    + stripped.length() + ")");
        }
        return stripped;
    }

    /** The text, stripped, when it is written and no longer than the limit. */
    public static String required(String field, String text, int limit) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, field + " is empty");
        }
        return atMost(field, text, limit);
    }
}
