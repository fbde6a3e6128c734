package org.weimin.ui.demand;

import java.time.ZoneId;
import java.util.function.Supplier;

import org.weimin.affair.application.HandlingSessions;
import org.weimin.demand.application.DemandViews;
import org.weimin.demand.application.NeedAccess;
import org.weimin.demand.model.DemandStatus;
import org.weimin.demand.model.IllegalTransitionException;
import org.weimin.evaluation.application.RateNeeds;
import org.weimin.identity.model.Caller;
import org.weimin.meeting.application.JointMeetings;
import org.weimin.meeting.model.MeetingRuleException;
import org.weimin.shared.ConflictException;
import org.weimin.shared.ForbiddenActionException;
import org.weimin.tenancy.application.CommunityAdministration;
import org.weimin.tenancy.model.Community;
import org.weimin.tenancy.model.CommunityId;
import org.weimin.ui.evaluation.NeedRatingCard;
import org.weimin.ui.shell.CommunityPage;
import org.weimin.ui.shell.Lines;
import org.weimin.ui.shell.MainLayout;
import org.weimin.ui.shell.Notifications;
import org.weimin.ui.wish.WishOnNeed;
import org.weimin.wish.application.PublishWishes;
import org.weimin.wish.application.WishWall;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;

import jakarta.inject.Inject;

/**
 * One need at its own address ({@code /t/{community}/demands/{reference}}), which a resident can bookmark and
 * staff can share: what and where, the steps it went through, its timeline, and what the person looking may
 * do next, within reach without scrolling past the history.
 */
@Route(value = "t/:community/demands/:reference", layout = MainLayout.class)
public class NeedView extends CommunityPage {

    private final NeedUseCases needs;
    private final JointMeetings meetings;
    private final PublishWishes publishing;
    private final HandlingSessions sessions;
    private final WishWall wishes;
    private final RateNeeds rating;
    private final Div page = new Div();
    private CommunityId community;
    private ZoneId zone;
    private Caller caller;

    @Inject
    public NeedView(CommunityAdministration communities, NeedUseCases needs, JointMeetings meetings, PublishWishes publishing,
                    WishWall wishes, HandlingSessions sessions, RateNeeds rating) {
        super(communities);
        this.rating = rating;
        this.sessions = sessions;
        this.needs = needs;
        this.meetings = meetings;
        this.publishing = publishing;
        this.wishes = wishes;
    }

    @Override
    protected String render(Community shown, Caller signedIn) {
        community = shown.id();
        zone = shown.timeZone();
        caller = signedIn;
        String reference = routeParameter("reference");
        DemandViews.Detail detail = needs.follow.detailByReference(community, caller, reference);
        page.addClassName("need-page");
        page.setWidthFull();
        add(page);
        show(detail);
        return reference;
    }

    private void show(DemandViews.Detail detail) {
        page.removeAll();
        DemandViews.Summary need = detail.summary();
        boolean staff = caller.community().isPresent() && NeedAccess.isStaff(caller);
        Div summary = MainLayout.card(heading(need, staff));
        summary.addClassName("need-summary");
        if (NeedProgress.shows(need.status())) {
            summary.add(new NeedProgress(need.status()));
        }
        Div facts = MainLayout.card(new NeedFacts(detail, zone, photo -> needs.photos.photo(community, caller, need.id(), photo)));
        facts.addClassName("need-facts");
        Div side = MainLayout.card(new H2(getTranslation("need.next")));
        side.addClassName("need-side");
        side.setId("need-actions");
        if (caller.community().isEmpty()) {
            side.add(new Paragraph(getTranslation("need.read-only")));
        } else {
            // The wish track comes first on a wish: publishing it is the usual next step, and its page the place to follow it.
            side.add(new WishOnNeed(publishing, wishes, community, caller, detail, staff),
                    staff ? new StaffActions(needs, meetings, sessions, community, zone, caller, detail, this::run)
                            : new ResidentActions(needs, community, zone, caller, detail, this::run));
            if (!staff && (detail.raisedByViewer() || detail.supportedByViewer())
                    && (need.status() == DemandStatus.CONFIRMED || need.status() == DemandStatus.CLOSED)) {
                side.add(new NeedRatingCard(rating, community, caller, need.id(), zone));
            }
        }
        Div history = MainLayout.card(new H2(getTranslation("demand.timeline")), new NeedTimelineList(detail.timeline(), zone));
        history.addClassName("need-history");
        page.add(summary, side, facts, history);
    }

    private Component heading(DemandViews.Summary need, boolean staff) {
        Span reference = new Span(getTranslation("need.reference", need.reference()));
        reference.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Div top = new Div(DemandLabels.status(this, need.status(), !staff), reference);
        top.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "center").set("flex-wrap", "wrap");
        H1 text = new H1(need.text());
        text.setId("need-text");
        text.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("margin", "var(--lumo-space-s) 0").set("overflow-wrap", "anywhere");
        return new Div(top, text);
    }

    /** Runs one step on the need; shows the need as it now stands and says the step is done, or why it could not be. */
    private void run(String doneKey, Supplier<DemandViews.Detail> step) {
        try {
            show(step.get());
            Notifications.success(getTranslation(doneKey));
        } catch (IllegalTransitionException e) {
            Notifications.error(getTranslation("demand.error.transition", getTranslation("demand-status." + e.from().name())));
        } catch (ConflictException | MeetingRuleException e) {
            Notifications.error(getTranslation("demand.error.conflict"));
        } catch (ForbiddenActionException e) {
            Notifications.error(getTranslation("page.not-allowed"));
        } catch (IllegalArgumentException | jakarta.validation.ConstraintViolationException e) {
            Notifications.error(getTranslation("demand.error.explain"));
        }
    }

    /** The day of the handling session the need waits for, as its timeline last named it ("12月8日 14:30"). */
    static String sessionDay(DemandViews.Detail detail, ZoneId zone) {
        return detail.timeline().stream().filter(e -> e.type() == org.weimin.demand.model.EventType.PUT_ON_SESSION)
                .reduce((first, last) -> last).map(e -> e.details().get(org.weimin.demand.model.SessionReference.STARTS_AT))
                .map(at -> DemandLabels.time(java.time.Instant.parse(at), zone)).orElse("");
    }

    /** The place, as a link to a map when the resident shared the point. */
    static Component place(Component context, DemandViews.Summary need) {
        Div line = Lines.labelled(context, context.getTranslation("demands.column.place"),
                need.place() == null ? context.getTranslation("need.no-place") : need.place());
        if (need.latitude() != null) {
            line.add(MapLink.to(context, need.latitude(), need.longitude(), "demand-map"));
        }
        return line;
    }

    static boolean isOpenForSupport(DemandViews.Summary need) {
        return need.publicVisible() && need.status().isOpen() && need.status() != DemandStatus.MERGED;
    }
}
