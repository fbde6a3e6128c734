package org.weimin.ui.admin;

import org.weimin.tenancy.model.Community;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** The first cadre's one-time password, shown this once: the platform keeps only its hash. */
class OneTimePasswordDialog extends Dialog {

    OneTimePasswordDialog(Community community, String username, String name, String password) {
        setHeaderTitle(getTranslation("create.done.title", community.name(getLocale())));
        Span shown = new Span(password);
        shown.setId("one-time-password");
        shown.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-xxl)").set("letter-spacing", "0.1em");
        add(new Paragraph(getTranslation("create.done.cadre", name, username, "/t/" + community.id().value())), shown,
                new Paragraph(getTranslation("create.done.once")));
        Button done = new Button(getTranslation("create.done.close"), click -> close());
        done.setId("one-time-password-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
        setCloseOnOutsideClick(false);
        setWidth("min(560px, 96vw)");
    }
}
