package org.weimin.ui.shell;

import java.util.Locale;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinSession;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Every new browser tab starts in the language its session chose, Chinese unless English was picked. */
@ApplicationScoped
public class UiSetup {

    static final String LOCALE_ATTRIBUTE = "weimin.locale";

    void onServiceInit(@Observes ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().setLocale(sessionLocale()));
    }

    public static Locale sessionLocale() {
        VaadinSession session = VaadinSession.getCurrent();
        Object chosen = session == null ? null : session.getAttribute(LOCALE_ATTRIBUTE);
        return chosen instanceof Locale locale ? locale : UiTranslations.CHINESE;
    }

    public static void chooseLocale(Locale locale) {
        VaadinSession.getCurrent().setAttribute(LOCALE_ATTRIBUTE, locale);
    }
}
