package org.weimin.spi.form;

import org.weimin.spi.LocalizedText;

/**
 * One choice of a {@link FieldType#CHOICE} or {@link FieldType#MULTI_CHOICE} field.
 *
 * @param value the stored value, stable
 */
public record Option(String value, LocalizedText label) {
}
