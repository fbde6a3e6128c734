package org.weimin.spi.form;

import org.weimin.spi.LocalizedText;

/**
 * Why a value was refused.
 *
 * @param field the key of the field that was wrong
 * @param message what was wrong, in words a person can act on
 */
public record FieldError(String field, LocalizedText message) {
}
