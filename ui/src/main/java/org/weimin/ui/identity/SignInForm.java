package org.weimin.ui.identity;

import java.util.Optional;
import java.util.function.Consumer;

import org.weimin.identity.application.Authentication;
import org.weimin.identity.application.SignInOutcome;
import org.weimin.identity.model.Caller;
import org.weimin.tenancy.model.CommunityId;

import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The sign-in form, for a community's people or (without a community) for platform accounts. */
public class SignInForm extends VerticalLayout {

    public SignInForm(Authentication authentication, Optional<CommunityId> community, String title,
                      Consumer<Caller> onSignedIn) {
        setPadding(false);
        setAlignItems(Alignment.CENTER);
        LoginForm form = new LoginForm();
        form.setForgotPasswordButtonVisible(false);
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(title);
        i18n.getForm().setUsername(getTranslation("sign-in.username"));
        i18n.getForm().setPassword(getTranslation("sign-in.password"));
        i18n.getForm().setSubmit(getTranslation("sign-in.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("sign-in.failed.title"));
        i18n.getErrorMessage().setMessage(getTranslation("sign-in.failed.message"));
        form.setI18n(i18n);
        form.addLoginListener(event -> {
            var request = com.vaadin.flow.server.VaadinRequest.getCurrent();
            SignInOutcome outcome = authentication.signIn(community, event.getUsername(), event.getPassword(),
                    request == null ? "-" : request.getRemoteAddr());
            if (outcome instanceof SignInOutcome.SignedIn signedIn) {
                SignedIn.remember(signedIn.caller());
                onSignedIn.accept(signedIn.caller());
                return;
            }
            if (outcome instanceof SignInOutcome.CommunitySuspended) {
                i18n.getErrorMessage().setTitle(getTranslation("sign-in.suspended.title"));
                i18n.getErrorMessage().setMessage(getTranslation("sign-in.suspended.message"));
            } else {
                i18n.getErrorMessage().setTitle(getTranslation("sign-in.failed.title"));
                i18n.getErrorMessage().setMessage(getTranslation("sign-in.failed.message"));
            }
            form.setI18n(i18n);
            form.setError(true);
        });
        add(form);
    }
}
