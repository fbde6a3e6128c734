package org.weimin.spi;

import java.util.Locale;
import java.util.Objects;

/**
 * A text in Chinese (the default) and English.
 *
 * @param zh the simplified Chinese text, required
 * @param en the English text; the Chinese is shown when it is missing
 */
public record LocalizedText(String zh, String en) {

    public LocalizedText {
        Objects.requireNonNull(zh, "zh");
    }

    public static LocalizedText of(String zh, String en) {
        return new LocalizedText(zh, en);
    }

    /** The text for a locale: English for English locales when there is one, Chinese otherwise. */
    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && en != null ? en : zh;
    }
}
