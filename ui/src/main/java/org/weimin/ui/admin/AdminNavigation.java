package org.weimin.ui.admin;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The links between the platform administrator's pages. */
final class AdminNavigation {

    private AdminNavigation() {
    }

    static HorizontalLayout create() {
        HorizontalLayout links = new HorizontalLayout();
        Anchor communities = new Anchor("admin", links.getTranslation("admin.nav.communities"));
        communities.setId("nav-communities");
        Anchor plugins = new Anchor("admin/plugins", links.getTranslation("admin.nav.plugins"));
        plugins.setId("nav-plugins");
        links.add(communities, plugins);
        return links;
    }
}
