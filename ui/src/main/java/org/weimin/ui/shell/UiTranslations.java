package org.weimin.ui.shell;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.vaadin.flow.i18n.I18NProvider;

import jakarta.enterprise.context.ApplicationScoped;

/** The UI's words, from {@code vaadin-i18n/translations*.properties}: Chinese by default, English available. */
@ApplicationScoped
public class UiTranslations implements I18NProvider {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> LOCALES = List.of(CHINESE, Locale.ENGLISH);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale wanted = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : CHINESE;
        try {
            ResourceBundle bundle = ResourceBundle.getBundle("vaadin-i18n/translations", wanted,
                    UiTranslations.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(
                            ResourceBundle.Control.FORMAT_PROPERTIES));
            String text = bundle.getString(key);
            return params.length == 0 ? text : new MessageFormat(text, wanted).format(params);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
    }
}
