package org.weimin.spi.form;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.weimin.spi.LocalizedText;

/**
 * A form declared as data: the settings of a feature, an intake form, a questionnaire, an organisation
 * type's attributes. The platform renders it and checks submitted values with {@link #validate(Map)}.
 */
public record FormSchema(List<Field> fields) {

    public FormSchema {
        fields = List.copyOf(fields);
        Set<String> keys = new HashSet<>();
        for (Field field : fields) {
            if (!keys.add(field.key())) {
                throw new IllegalArgumentException("field key used twice: " + field.key());
            }
        }
    }

    public static FormSchema of(Field... fields) {
        return new FormSchema(List.of(fields));
    }

    public static FormSchema empty() {
        return new FormSchema(List.of());
    }

    /**
     * Checks values against the fields and turns them into their proper types: integers as {@link Long},
     * booleans as {@link Boolean}, multi-choices as lists of strings, dates as ISO text. Missing values take
     * the field's default. Values for keys the schema does not know are refused.
     */
    public ValidationResult validate(Map<String, ?> values) {
        Map<String, ?> given = values == null ? Map.of() : values;
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> clean = new LinkedHashMap<>();
        for (String key : given.keySet()) {
            if (fields.stream().noneMatch(f -> f.key().equals(key))) {
                errors.add(new FieldError(key, LocalizedText.of("没有名为 " + key + " 的项目", "there is no field " + key)));
            }
        }
        for (Field field : fields) {
            Object raw = given.get(field.key());
            if (isBlank(raw) && field.defaultValue() != null) {
                raw = field.defaultValue();
            }
            if (isBlank(raw)) {
                if (field.required()) {
                    errors.add(error(field, "请填写" + field.label().zh(), (field.label().en() == null
                            ? field.key() : field.label().en()) + " is required"));
                }
                continue;
            }
            Object value = convert(field, raw, errors);
            if (value != null) {
                clean.put(field.key(), value);
            }
        }
        return new ValidationResult(errors, clean);
    }

    private static Object convert(Field field, Object raw, List<FieldError> errors) {
        String name = field.label().en() == null ? field.key() : field.label().en();
        switch (field.type()) {
            case INTEGER -> {
                long number;
                try {
                    number = raw instanceof Number n ? n.longValue() : Long.parseLong(raw.toString().strip());
                } catch (NumberFormatException e) {
                    errors.add(error(field, field.label().zh() + "应当是整数", name + " must be a whole number"));
                    return null;
                }
                if (field.min() != null && number < field.min() || field.max() != null && number > field.max()) {
                    errors.add(error(field, field.label().zh() + "应在 " + bounds(field) + " 之间",
                            name + " must be between " + bounds(field)));
                    return null;
                }
                return number;
            }
            case BOOLEAN -> {
                String text = raw.toString().strip().toLowerCase();
                if (!text.equals("true") && !text.equals("false")) {
                    errors.add(error(field, field.label().zh() + "应当是“是”或“否”", name + " must be true or false"));
                    return null;
                }
                return Boolean.valueOf(text);
            }
            case CHOICE -> {
                String text = raw.toString();
                if (field.options().stream().noneMatch(o -> o.value().equals(text))) {
                    errors.add(error(field, field.label().zh() + "只能从给定选项中选择", name + " must be one of "
                            + field.options().stream().map(Option::value).toList()));
                    return null;
                }
                return text;
            }
            case MULTI_CHOICE -> {
                List<String> chosen = new ArrayList<>();
                Collection<?> items = raw instanceof Collection<?> c ? c : List.of(raw.toString().split(","));
                for (Object item : items) {
                    String text = item == null ? "" : item.toString().strip();
                    if (field.options().stream().noneMatch(o -> o.value().equals(text))) {
                        errors.add(error(field, field.label().zh() + "含有无效选项：" + text, name + " has an unknown choice: " + text));
                        return null;
                    }
                    chosen.add(text);
                }
                return List.copyOf(chosen);
            }
            case DATE -> {
                try {
                    return LocalDate.parse(raw.toString().strip()).toString();
                } catch (DateTimeParseException e) {
                    errors.add(error(field, field.label().zh() + "应当是日期，例如 2026-11-27",
                            name + " must be a date like 2026-11-27"));
                    return null;
                }
            }
            default -> {
                String text = raw.toString().strip();
                if (field.min() != null && text.length() < field.min() || field.max() != null && text.length() > field.max()) {
                    errors.add(error(field, field.label().zh() + "的长度应在 " + bounds(field) + " 个字之间",
                            name + " must be " + bounds(field) + " characters long"));
                    return null;
                }
                if (field.pattern() != null && !text.matches(field.pattern())) {
                    errors.add(error(field, field.label().zh() + "的格式不正确", name + " is not in the expected format"));
                    return null;
                }
                return text;
            }
        }
    }

    private static String bounds(Field field) {
        return (field.min() == null ? "…" : field.min()) + " – " + (field.max() == null ? "…" : field.max());
    }

    private static FieldError error(Field field, String zh, String en) {
        return new FieldError(field.key(), LocalizedText.of(zh, en));
    }

    private static boolean isBlank(Object value) {
        return value == null || value instanceof String text && text.isBlank()
                || value instanceof Collection<?> c && c.isEmpty();
    }
}
