package org.weimin.ui.shell;

import java.util.Locale;

import org.weimin.ui.identity.SignedIn;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouterLayout;

/**
 * The frame around every page: the platform's name, the language choice and, when signed in, sign-out. Pages
 * are as wide as reading is comfortable; a {@link WidePage} (a workbench with many columns) uses the screen.
 */
@StyleSheet("context://styles/weimin.css")
public class MainLayout extends Div implements RouterLayout {

    private final Div content = new Div();
    private final HorizontalLayout header;

    public MainLayout() {
        setWidthFull();
        getStyle().set("min-height", "100vh").set("background", "var(--lumo-contrast-5pct)");

        Anchor brand = new Anchor("", getTranslation("app.name"));
        brand.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)")
                .set("color", "var(--lumo-primary-text-color)").set("text-decoration", "none")
                .set("white-space", "nowrap").set("overflow", "hidden").set("text-overflow", "ellipsis")
                .set("min-width", "0").set("min-height", "44px").set("line-height", "44px");

        Select<Locale> language = new Select<>();
        language.setItems(UiTranslations.LOCALES);
        language.setItemLabelGenerator(l -> "en".equals(l.getLanguage()) ? "English" : "中文");
        language.setValue("en".equals(UiSetup.sessionLocale().getLanguage()) ? Locale.ENGLISH : UiTranslations.CHINESE);
        language.setAriaLabel(getTranslation("layout.language"));
        language.setId("language");
        language.setWidth("6.5em");
        language.getStyle().set("flex-shrink", "0");
        language.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                UiSetup.chooseLocale(event.getValue());
                UI.getCurrent().getPage().reload();
            }
        });

        header = new HorizontalLayout(brand);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setPadding(true);
        header.getStyle().set("background", "var(--lumo-base-color)").set("box-shadow", "var(--lumo-box-shadow-xs)")
                .set("box-sizing", "border-box");
        Span spacer = new Span();
        header.add(spacer);
        header.setFlexGrow(1, spacer);
        SignedIn.caller().ifPresent(caller -> {
            Span who = new Span(caller.displayName());
            who.setId("signed-in-as");
            who.getStyle().set("white-space", "nowrap");
            Button signOut = new Button(getTranslation("layout.sign-out"), click -> {
                SignedIn.forget();
                UI.getCurrent().getPage().setLocation("/");
            });
            signOut.setId("sign-out");
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            header.add(who, signOut);
        });
        header.add(language);

        content.addClassName("page-content");
        content.getElement().setAttribute("role", "main");
        add(header, content);
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.removeAll();
        content.setClassName("wide", view instanceof WidePage);
        content.getElement().appendChild(view.getElement());
        // A modal overlay (a date picker's calendar) hides the rest of the page from screen readers while open; when
        // a navigation removes it before it closes, the header would stay hidden on the next page.
        header.getElement().executeJs("this.removeAttribute('aria-hidden'); this.removeAttribute('inert');");
    }

    /** A white card, the building block of every page. */
    public static Div card(Component... children) {
        Div card = new Div(children);
        card.setWidthFull();
        card.getStyle().set("box-sizing", "border-box");
        card.getStyle().set("background", "var(--lumo-base-color)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-m)")
                .set("box-shadow", "var(--lumo-box-shadow-xs)");
        return card;
    }
}
