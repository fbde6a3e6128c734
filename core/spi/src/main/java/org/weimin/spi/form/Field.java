package org.weimin.spi.form;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.weimin.spi.LocalizedText;

/**
 * One field of a form or of a feature's settings, declared as data. Build it fluently:
 * {@code Field.text("registrationNumber", LocalizedText.of("登记证号", "Registration number")).asRequired()}.
 *
 * @param key the stable key the value is stored under
 * @param min for {@link FieldType#INTEGER} the smallest value, for text the shortest length; null for none
 * @param max for {@link FieldType#INTEGER} the largest value, for text the longest length; null for none
 * @param pattern a regular expression a text value must match in full; null for none
 * @param defaultValue the value used when none is given, as text; null for none
 */
public record Field(String key, FieldType type, LocalizedText label, LocalizedText help, boolean required,
                    String defaultValue, List<Option> options, Integer min, Integer max, String pattern) {

    private static final Pattern KEY = Pattern.compile("[a-zA-Z][a-zA-Z0-9_]{0,63}");

    public Field {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("a field key is a letter then up to 63 letters, digits or _: " + key);
        }
        options = options == null ? List.of() : List.copyOf(options);
        if ((type == FieldType.CHOICE || type == FieldType.MULTI_CHOICE) && options.isEmpty()) {
            throw new IllegalArgumentException("field " + key + " offers choices but declares no options");
        }
        if (pattern != null) {
            Pattern.compile(pattern);
        }
    }

    public static Field of(String key, FieldType type, LocalizedText label) {
        return new Field(key, type, label, null, false, null, List.of(), null, null, null);
    }

    public static Field text(String key, LocalizedText label) {
        return of(key, FieldType.TEXT, label);
    }

    public static Field longText(String key, LocalizedText label) {
        return of(key, FieldType.LONG_TEXT, label);
    }

    public static Field integer(String key, LocalizedText label) {
        return of(key, FieldType.INTEGER, label);
    }

    public static Field bool(String key, LocalizedText label) {
        return of(key, FieldType.BOOLEAN, label);
    }

    public static Field date(String key, LocalizedText label) {
        return of(key, FieldType.DATE, label);
    }

    public static Field secret(String key, LocalizedText label) {
        return of(key, FieldType.SECRET, label);
    }

    public static Field choice(String key, LocalizedText label, Option... options) {
        return new Field(key, FieldType.CHOICE, label, null, false, null, List.of(options), null, null, null);
    }

    public static Field multiChoice(String key, LocalizedText label, Option... options) {
        return new Field(key, FieldType.MULTI_CHOICE, label, null, false, null, List.of(options), null, null, null);
    }

    public Field asRequired() {
        return new Field(key, type, label, help, true, defaultValue, options, min, max, pattern);
    }

    public Field withHelp(LocalizedText newHelp) {
        return new Field(key, type, label, newHelp, required, defaultValue, options, min, max, pattern);
    }

    public Field withDefault(String value) {
        return new Field(key, type, label, help, required, value, options, min, max, pattern);
    }

    public Field withRange(Integer newMin, Integer newMax) {
        return new Field(key, type, label, help, required, defaultValue, options, newMin, newMax, pattern);
    }

    public Field withPattern(String regex) {
        return new Field(key, type, label, help, required, defaultValue, options, min, max, regex);
    }

    public boolean isSecret() {
        return type == FieldType.SECRET;
    }
}
