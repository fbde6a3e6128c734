package org.weimin.ui.shell;

import java.util.Optional;

import org.weimin.identity.model.Caller;
import org.weimin.tenancy.application.CommunityAdministration;
import org.weimin.tenancy.model.Community;
import org.weimin.ui.identity.SignedIn;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;

/**
 * A page inside one community ({@code t/:community/...}). An unknown community answers the not-found
 * page; someone not signed in to it is sent to its sign-in; the page itself renders only for a caller
 * who may read the community.
 */
public abstract class CommunityPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CommunityAdministration communities;
    private String title = "";

    protected CommunityPage(CommunityAdministration communities) {
        this.communities = communities;
        setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("community").orElse("");
        Optional<Community> community = communities.find(id);
        if (community.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        Optional<Caller> caller = SignedIn.caller().filter(c -> c.accessTo(community.get()).canRead());
        if (caller.isEmpty()) {
            event.forwardTo("t/" + id);
            return;
        }
        Anchor back = new Anchor("t/" + id, "← " + community.get().name(getLocale()));
        back.setId("back-to-community");
        add(back);
        title = render(community.get(), caller.get());
    }

    /** Renders the page for a caller who may read the community; returns the page title. */
    protected abstract String render(Community community, Caller caller);

    protected void showNotAllowed() {
        add(MainLayout.card(new Paragraph(getTranslation("page.not-allowed"))));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
