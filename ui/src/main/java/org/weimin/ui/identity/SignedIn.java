package org.weimin.ui.identity;

import java.util.Optional;

import org.weimin.identity.model.Caller;

import com.vaadin.flow.server.VaadinSession;

/** The person signed in to this browser session, kept in the Vaadin session. */
public final class SignedIn {

    private static final String ATTRIBUTE = "weimin.caller";

    private SignedIn() {
    }

    public static Optional<Caller> caller() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable((Caller) session.getAttribute(ATTRIBUTE));
    }

    public static void remember(Caller caller) {
        // A new session id on sign-in, so a session id seen before signing in is worth nothing after.
        com.vaadin.flow.server.VaadinService.reinitializeSession(com.vaadin.flow.server.VaadinRequest.getCurrent());
        VaadinSession.getCurrent().setAttribute(ATTRIBUTE, caller);
    }

    public static void forget() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(ATTRIBUTE, null);
            session.getSession().invalidate();
        }
    }
}
