package org.weimin.plugin.application;

import java.util.List;

import org.weimin.spi.form.FieldError;

/** Settings (or form values) that a feature's schema or checks refuse, with every field's problem. */
public class InvalidSettingsException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidSettingsException(String featureId, List<FieldError> errors) {
        super("the settings for " + featureId + " are not valid: " + errors.stream()
                .map(e -> e.field() + ": " + e.message().en()).toList());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
