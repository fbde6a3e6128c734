package org.weimin.ui.tenancy;

import java.util.List;

import org.weimin.tenancy.application.CommunityAdministration;
import org.weimin.tenancy.model.Community;
import org.weimin.ui.shell.MainLayout;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.inject.Inject;

/** The front door: pick your community, then sign in there. */
@Route(value = "", layout = MainLayout.class)
public class CommunityChooserView extends VerticalLayout implements HasDynamicTitle {

    @Inject
    public CommunityChooserView(CommunityAdministration communities) {
        setPadding(false);
        add(new H1(getTranslation("chooser.title")), new Paragraph(getTranslation("chooser.intro")));
        List<Community> active = communities.all().stream().filter(Community::isActive).toList();
        if (active.isEmpty()) {
            add(MainLayout.card(new Paragraph(getTranslation("chooser.empty"))));
        }
        for (Community community : active) {
            Button choose = new Button(community.name(getLocale()),
                    click -> getUI().ifPresent(ui -> ui.navigate("t/" + community.id().value())));
            choose.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            choose.setId("community-" + community.id().value());
            choose.setWidthFull();
            Span region = new Span(community.region().display());
            region.getStyle().set("color", "var(--lumo-secondary-text-color)");
            add(MainLayout.card(choose, region));
        }
        Anchor admin = new Anchor("admin", getTranslation("chooser.platform-sign-in"));
        admin.setId("platform-sign-in");
        add(admin);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name");
    }
}
