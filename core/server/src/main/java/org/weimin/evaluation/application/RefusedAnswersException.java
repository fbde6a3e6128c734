package org.weimin.evaluation.application;

import java.util.List;

import org.weimin.plugin.application.InvalidSettingsException;
import org.weimin.spi.form.FieldError;

/** Answers a round's questionnaires or methods refuse, each field named as "&lt;method&gt;/&lt;subject&gt;/&lt;field&gt;". */
public class RefusedAnswersException extends InvalidSettingsException {

    public RefusedAnswersException(List<FieldError> errors) {
        super("the round's questions", errors);
    }
}
