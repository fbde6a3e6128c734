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
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.NotFoundException;

/**
 * A page inside one community ({@code t/:community/...}). An unknown community, or a thing in it that does
 * not exist or is not the caller's to see, answers the not-found page; someone not signed in to it is sent to
 * its sign-in, which brings them back here; the page itself renders only for a caller who may read the community.
 */
public abstract class CommunityPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CommunityAdministration communities;
    private String title = "";
    private RouteParameters parameters = RouteParameters.empty();
    private QueryParameters query = QueryParameters.empty();

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
            event.forwardTo("t/" + id, QueryParameters.of(SIGN_IN_RETURNS_TO, returnPath(event.getLocation(), id)));
            return;
        }
        parameters = event.getRouteParameters();
        query = event.getLocation().getQueryParameters();
        Anchor back = new Anchor("t/" + id, "← " + community.get().name(getLocale()));
        back.setId("back-to-community");
        add(back);
        try {
            title = render(community.get(), caller.get());
        } catch (NotFoundException | org.weimin.shared.NotFoundException gone) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    /** The query parameter the sign-in form reads to come back to the page a person first opened. */
    public static final String SIGN_IN_RETURNS_TO = "next";

    /** The page inside the community, with its query, as the sign-in form may send the person back to it. */
    private static String returnPath(Location location, String community) {
        String path = location.getPathWithQueryParameters();
        String prefix = "t/" + community + "/";
        return path.startsWith(prefix) ? path.substring(prefix.length()) : "";
    }

    /** A parameter of the page's address ({@code :reference}). */
    protected String routeParameter(String name) {
        return parameters.get(name).orElse("");
    }

    /** A query parameter of the page's address, such as a filter a shared link keeps. */
    protected Optional<String> queryParameter(String name) {
        return query.getSingleParameter(name).filter(v -> !v.isBlank());
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
