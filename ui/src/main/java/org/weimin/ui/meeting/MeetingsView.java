package org.weimin.ui.meeting;

import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Permission;
import org.weimin.meeting.application.JointMeetings;
import org.weimin.meeting.application.MeetingViews;
import org.weimin.tenancy.application.CommunityAdministration;
import org.weimin.tenancy.model.Community;
import org.weimin.ui.demand.DemandLabels;
import org.weimin.ui.shell.CommunityPage;
import org.weimin.ui.shell.MainLayout;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;

import jakarta.inject.Inject;

/**
 * Joint meetings (重大事项联席办) for the community's staff: the meetings held and to be held, each with how
 * many of its affairs have been decided; cadres schedule new ones.
 */
@Route(value = "t/:community/meetings", layout = MainLayout.class)
public class MeetingsView extends CommunityPage {

    private final JointMeetings meetings;
    private final Grid<MeetingViews.Summary> table = new Grid<>();

    @Inject
    public MeetingsView(CommunityAdministration communities, JointMeetings meetings) {
        super(communities);
        this.meetings = meetings;
    }

    @Override
    protected String render(Community community, Caller caller) {
        String title = getTranslation("meetings.title");
        add(new H1(title), new Paragraph(getTranslation("meetings.intro")));
        boolean staff = caller.community().isEmpty() || caller.permissions().contains(Permission.TRIAGE_NEEDS)
                || caller.permissions().contains(Permission.HOLD_MEETINGS);
        if (!staff) {
            showNotAllowed();
            return title;
        }
        org.weimin.tenancy.model.CommunityId id = community.id();
        // The latest meeting first: the one coming up, then those held, back in time.
        Runnable refresh = () -> table.setItems(meetings.list(id, caller).stream()
                .sorted(java.util.Comparator.comparing(MeetingViews.Summary::heldAt).reversed()).toList());
        boolean convenes = caller.holds(Permission.HOLD_MEETINGS);
        if (convenes) {
            Button schedule = new Button(getTranslation("meetings.schedule"), click -> new ScheduleMeetingDialog(meetings, id, community.timeZone(), caller,
                    created -> {
                        refresh.run();
                        new MeetingDialog(meetings, id, community.timeZone(), caller, created.meeting().id(), refresh).open();
                    }).open());
            schedule.setId("schedule-meeting");
            schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            add(schedule);
        }
        table.setId("meetings");
        table.addColumn(m -> DemandLabels.time(m.heldAt(), community.timeZone())).setHeader(getTranslation("meetings.column.held-at")).setAutoWidth(true).setFlexGrow(0);
        table.addColumn(MeetingViews.Summary::title).setHeader(getTranslation("meetings.column.title")).setFlexGrow(2);
        table.addColumn(MeetingViews.Summary::place).setHeader(getTranslation("meetings.column.place")).setFlexGrow(1);
        table.addComponentColumn(m -> status(m)).setHeader(getTranslation("meetings.column.status")).setAutoWidth(true).setFlexGrow(0);
        table.addColumn(m -> getTranslation("meetings.decided-of", m.decided(), m.agendaItems()))
                .setHeader(getTranslation("meetings.column.agenda")).setAutoWidth(true).setFlexGrow(0);
        table.setEmptyStateText(getTranslation(convenes ? "meetings.empty" : "meetings.empty.read-only"));
        table.addItemClickListener(click -> new MeetingDialog(meetings, id, community.timeZone(), caller, click.getItem().id(), refresh).open());
        table.setAllRowsVisible(true);
        refresh.run();
        add(MainLayout.card(table));
        return title;
    }

    private Span status(MeetingViews.Summary meeting) {
        Span badge = new Span(getTranslation("meeting-status." + meeting.status().name()));
        badge.getElement().getThemeList().add(meeting.status() == org.weimin.meeting.model.JointMeetingStatus.CONCLUDED
                ? "badge success" : "badge");
        return badge;
    }
}
