package org.weimin.ui.shell;

import org.weimin.tenancy.application.CommunityAdministration;
import org.weimin.tenancy.model.Community;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;

/**
 * A page of one community that anyone may read without signing in ({@code t/:community/...}): the way back to the
 * community, the page's title and what it shows. A community that is unknown or not open, or a thing in it that does not
 * exist or is not public, answers the not-found page.
 */
public abstract class PublicCommunityPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CommunityAdministration communities;
    private final String titleKey;
    private final String introKey;
    private String title = "";
    private H1 heading;

    /** @param titleKey the title's translation key, given the community's name as {0} */
    protected PublicCommunityPage(CommunityAdministration communities, String titleKey, String introKey) {
        this.communities = communities;
        this.titleKey = titleKey;
        this.introKey = introKey;
        setPadding(false);
    }

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        Community community = communities.find(event.getRouteParameters().get("community").orElse(""))
                .filter(Community::isActive).orElse(null);
        if (community == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        title = getTranslation(titleKey, community.name(getLocale()));
        Anchor back = new Anchor("t/" + community.id().value(), "← " + community.name(getLocale()));
        back.setId("back-to-community");
        heading = new H1(title);
        add(back, heading, new Paragraph(getTranslation(introKey)));
        try {
            show(community, event);
        } catch (NotFoundException | org.weimin.shared.NotFoundException gone) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    /** For a page about one thing: its own name as the page's title and heading. */
    protected final void retitle(String words) {
        title = words;
        heading.setText(words);
    }

    /** Adds what the page shows, below its title. */
    protected abstract void show(Community community, BeforeEnterEvent event);

    @Override
    public String getPageTitle() {
        return title;
    }
}
