package org.weimin.ui.shell;

import org.weimin.shared.InvalidInputException;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;

/** An amount of money typed in yuan (to the fen); the platform is given whole fen, or bad input naming the field. */
public class YuanField extends BigDecimalField {

    private final String field;

    /** @param field what the platform calls the amount, to name it when it is not a whole number of fen */
    public YuanField(String label, String id, String field) {
        super(label);
        this.field = field;
        setId(id);
        setPrefixComponent(new Span("¥"));
    }

    public long fen() {
        return Money.fen(getValue()).orElseThrow(() -> new InvalidInputException(field, "not a whole number of fen"));
    }

    /** The amount in fen, or null when the field is empty. */
    public Long fenOrNull() {
        return getValue() == null ? null : fen();
    }
}
