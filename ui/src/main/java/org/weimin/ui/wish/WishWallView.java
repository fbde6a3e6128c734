package org.weimin.ui.wish;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.weimin.demand.model.ServiceCategory;
import org.weimin.grid.application.GridPlaces;
import org.weimin.identity.model.Caller;
import org.weimin.tenancy.application.CommunityAdministration;
import org.weimin.tenancy.model.Community;
import org.weimin.ui.identity.SignedIn;
import org.weimin.ui.shell.MainLayout;
import org.weimin.ui.shell.PublicCommunityPage;
import org.weimin.wish.application.Volunteers;
import org.weimin.wish.application.WishViews;
import org.weimin.wish.application.WishWall;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import jakarta.inject.Inject;

/**
 * A community's wish wall ({@code /t/{community}/wishes}), readable without signing in: the open wishes, without
 * names beyond a first name and with the place at grid level, filtered by category and grid in the address; the
 * micro-stories residents shared; and the volunteers who gave most time, names masked.
 */
@Route(value = "t/:community/wishes", layout = MainLayout.class)
public class WishWallView extends PublicCommunityPage {

    static final int SHOWN = 100;

    private final WishWall wall;
    private final Volunteers volunteers;
    private final GridPlaces grids;

    @Inject
    public WishWallView(CommunityAdministration communities, WishWall wall, Volunteers volunteers, GridPlaces grids) {
        super(communities, "wishes.title", "wishes.intro");
        this.wall = wall;
        this.volunteers = volunteers;
        this.grids = grids;
    }

    @Override
    protected void show(Community community, BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        String category = query.getSingleParameter("category").orElse(null);
        String grid = query.getSingleParameter("grid").orElse(null);
        Caller reader = SignedIn.caller().filter(c -> c.community().filter(community.id().value()::equals).isPresent()).orElse(null);
        String base = "t/" + community.id().value();
        if (reader != null) {
            Div mine = new Div(link(base + "/claims", "wishes.link.claims", "link-claims"),
                    link(base + "/volunteers", "wishes.link.volunteers", "link-volunteers"));
            mine.addClassName("wish-links");
            add(mine);
        }
        add(filters(base, category, grid, community));
        WishViews.WallPage page = wall.wall(community.id(), reader, List.of(), category, grid, 0, SHOWN);
        add(new WishCards(community.id(), community.timeZone(), page.items(), getTranslation(
                category == null && grid == null ? "wishes.empty" : "wishes.empty-filtered")));
        add(stories(community), leaderboard(community));
    }

    private Div filters(String base, String category, String grid, Community community) {
        Select<String> categories = new Select<>();
        categories.setId("wish-filter-category");
        categories.setLabel(getTranslation("wishes.filter.category"));
        Map<String, String> categoryNames = new LinkedHashMap<>();
        categoryNames.put("", getTranslation("wishes.filter.all"));
        for (ServiceCategory c : ServiceCategory.values()) {
            categoryNames.put(c.name(), getTranslation("category." + c.name()));
        }
        categories.setItems(categoryNames.keySet());
        categories.setItemLabelGenerator(categoryNames::get);
        categories.setValue(category == null || !categoryNames.containsKey(category) ? "" : category);
        Select<String> gridChoice = new Select<>();
        gridChoice.setId("wish-filter-grid");
        gridChoice.setLabel(getTranslation("wishes.filter.grid"));
        Map<String, String> gridNames = new LinkedHashMap<>();
        gridNames.put("", getTranslation("wishes.filter.all"));
        grids.all(community.id()).forEach(g -> gridNames.put(g.code(), g.name()));
        gridChoice.setItems(gridNames.keySet());
        gridChoice.setItemLabelGenerator(gridNames::get);
        gridChoice.setValue(grid == null || !gridNames.containsKey(grid) ? "" : grid);
        categories.addValueChangeListener(change -> filter(base, change.getValue(), gridChoice.getValue()));
        gridChoice.addValueChangeListener(change -> filter(base, categories.getValue(), change.getValue()));
        Div filters = new Div(categories, gridChoice);
        filters.addClassName("wish-filters");
        return filters;
    }

    private void filter(String base, String category, String grid) {
        Map<String, String> query = new LinkedHashMap<>();
        Optional.ofNullable(category).filter(c -> !c.isEmpty()).ifPresent(c -> query.put("category", c));
        Optional.ofNullable(grid).filter(g -> !g.isEmpty()).ifPresent(g -> query.put("grid", g));
        getUI().ifPresent(ui -> ui.navigate(base + "/wishes", QueryParameters.simple(query)));
    }

    private Div stories(Community community) {
        Div section = MainLayout.card(new H2(getTranslation("wishes.stories")));
        section.setId("wish-stories");
        List<WishViews.Story> stories = wall.stories(community.id(), 5);
        if (stories.isEmpty()) {
            section.add(new Paragraph(getTranslation("wishes.stories.empty")));
        }
        for (WishViews.Story story : stories) {
            Paragraph words = new Paragraph(story.story());
            words.addClassName("wish-story");
            Span who = new Span(getTranslation("wishes.story.by", String.join("、", story.claimers()), story.text()));
            who.addClassName("wish-story-by");
            section.add(new Div(words, who));
        }
        return section;
    }

    private Div leaderboard(Community community) {
        Div section = MainLayout.card(new H2(getTranslation("wishes.leaderboard")));
        section.setId("wish-leaderboard");
        List<WishViews.LeaderboardLine> lines = volunteers.leaderboard(community.id());
        if (lines.isEmpty()) {
            section.add(new Paragraph(getTranslation("wishes.leaderboard.empty")));
            return section;
        }
        OrderedList ranking = new OrderedList();
        for (WishViews.LeaderboardLine line : lines) {
            ranking.add(new ListItem(getTranslation("wishes.leaderboard.line", line.name(), WishLabels.duration(this, line.minutes()))));
        }
        section.add(ranking, new Paragraph(getTranslation("wishes.leaderboard.note")));
        return section;
    }

    private Anchor link(String href, String key, String id) {
        Anchor link = new Anchor(href, getTranslation(key));
        link.setId(id);
        link.addClassName("home-link");
        return link;
    }
}
