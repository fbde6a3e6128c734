package org.weimin.spi.form;

import java.util.List;
import java.util.Map;

/**
 * The outcome of {@link FormSchema#validate}: the errors, and the values in their proper types.
 */
public record ValidationResult(List<FieldError> errors, Map<String, Object> values) {

    public ValidationResult {
        errors = List.copyOf(errors);
        values = Map.copyOf(values);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    /** The values as settings; only meaningful when {@link #isValid()}. */
    public Settings settings() {
        return new Settings(values);
    }
}
