package org.weimin.spi.form;

/** What kind of value a form field takes. */
public enum FieldType {
    /** One line of text. */
    TEXT,
    /** Several lines of text. */
    LONG_TEXT,
    /** A whole number. */
    INTEGER,
    /** Yes or no. */
    BOOLEAN,
    /** One of the field's options. */
    CHOICE,
    /** Any number of the field's options. */
    MULTI_CHOICE,
    /** A calendar date, ISO format (2026-11-27). */
    DATE,
    /** Text that is stored encrypted and never shown back, such as a token or a password. */
    SECRET
}
