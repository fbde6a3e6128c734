package org.weimin.meeting.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.weimin.demand.application.NeedsAtMeetings;
import org.weimin.demand.model.MeetingReference;
import org.weimin.identity.application.InCommunity;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Permission;
import org.weimin.meeting.model.AgendaItem;
import org.weimin.meeting.model.DecisionOutcome;
import org.weimin.meeting.model.JointMeeting;
import org.weimin.meeting.model.JointMeetingRepository;
import org.weimin.meeting.model.MeetingRuleException;
import org.weimin.shared.ConflictException;
import org.weimin.shared.ForbiddenActionException;
import org.weimin.shared.NotFoundException;
import org.weimin.tenancy.application.CommunityDirectory;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Major affairs handled by joint meeting (重大事项联席办): cadres schedule a meeting of the parties concerned,
 * staff put affairs on its agenda (the need then waits for it), and the meeting's decision either sends the
 * affair ahead with someone responsible and a due date or declines it with a reason the resident reads.
 */
@ApplicationScoped
public class JointMeetings {

    /** What a cadre fills in to schedule a meeting; the time is the community's local time. */
    public record Schedule(String title, LocalDateTime heldAt, String place, List<String> participants) {
    }

    public record Decision(DecisionOutcome outcome, String decision, String assignee, LocalDate dueDate) {
    }

    @Inject
    JointMeetingRepository meetings;

    @Inject
    NeedsAtMeetings needs;

    @Inject
    CommunityDirectory communities;

    @Inject
    Clock clock;

    @InCommunity
    @Transactional
    public List<MeetingViews.Summary> list(CommunityId community, Caller caller) {
        requireStaff(caller);
        List<JointMeeting> all = meetings.all();
        Map<UUID, List<AgendaItem>> agendas = meetings.agendas(all.stream().map(JointMeeting::id).toList()).stream()
                .collect(Collectors.groupingBy(AgendaItem::meetingId));
        return all.stream().map(m -> summary(m, agendas.getOrDefault(m.id(), List.of()))).toList();
    }

    @InCommunity
    @Transactional
    public MeetingViews.Detail detail(CommunityId community, Caller caller, UUID meetingId) {
        requireStaff(caller);
        return detail(meeting(meetingId));
    }

    @InCommunity
    @Transactional
    public MeetingViews.Detail schedule(CommunityId community, Caller caller, Schedule schedule) {
        requireStaff(caller);
        caller.require(Permission.HOLD_MEETINGS, "only the community's cadres convene joint meetings");
        if (schedule == null) {
            throw MeetingRuleException.invalid("", "send the meeting's title, heldAt, place and participants");
        }
        Instant heldAt = schedule.heldAt() == null ? null : schedule.heldAt().atZone(zone(community)).toInstant();
        JointMeeting meeting = new JointMeeting(schedule.title(), heldAt, schedule.place(), schedule.participants(),
                caller.username(), clock.instant());
        meetings.add(meeting);
        return detail(meeting);
    }

    /** Puts an affair on the agenda of a meeting that has not concluded; the need waits for its decision. */
    @InCommunity
    @Transactional
    public MeetingViews.Detail refer(CommunityId community, Caller caller, UUID meetingId, UUID demandId) {
        requireStaff(caller);
        caller.require(Permission.TRIAGE_NEEDS, "only the community's staff put affairs on a meeting's agenda");
        JointMeeting meeting = meeting(meetingId);
        meeting.requireScheduled();
        NeedsAtMeetings.AgendaNeed need = needs.need(demandId);
        if (meetings.pendingItemFor(demandId).isPresent()) {
            throw new ConflictException("this affair is already on a meeting's agenda, waiting for its decision");
        }
        Instant now = clock.instant();
        needs.referToMeeting(need.id(), caller.username(), reference(meeting), now);
        meetings.add(new AgendaItem(meeting.id(), need.id(), meetings.agenda(meeting.id()).size() + 1, caller.username(), now));
        return detail(meeting);
    }

    @InCommunity
    @Transactional
    public MeetingViews.Detail decide(CommunityId community, Caller caller, UUID meetingId, UUID demandId, Decision decision) {
        requireStaff(caller);
        caller.require(Permission.HOLD_MEETINGS, "only the community's cadres record the meeting's decisions");
        if (decision == null) {
            throw MeetingRuleException.invalid("", "send the outcome, the decision and, to go ahead, the assignee and due date");
        }
        JointMeeting meeting = meeting(meetingId);
        AgendaItem item = meetings.agenda(meetingId).stream().filter(i -> i.demandId().equals(demandId)).findFirst()
                .orElseThrow(() -> new NotFoundException("need " + demandId + " is not on this meeting's agenda"));
        Instant now = clock.instant();
        String actor = caller.username();
        item.decide(decision.outcome(), decision.decision(), decision.assignee(), decision.dueDate(), actor, now);
        if (item.outcome() == DecisionOutcome.PROCEED) {
            needs.proceed(demandId, actor, reference(meeting), item.decision(), item.assignee(), item.dueDate(), zone(community), now);
        } else {
            needs.decline(demandId, actor, reference(meeting), item.decision(), now);
        }
        meeting.concludeIfDecided(meetings.agenda(meetingId));
        return detail(meeting);
    }

    /** Meetings are the staff's working papers: residents follow the decisions on their needs' timelines. */
    private static void requireStaff(Caller caller) {
        if (caller.community().isPresent() && !caller.permissions().contains(Permission.TRIAGE_NEEDS)
                && !caller.permissions().contains(Permission.HOLD_MEETINGS)) {
            throw new ForbiddenActionException("joint meetings are for the community's staff; "
                    + "residents see the decisions on their needs");
        }
    }

    private static MeetingReference reference(JointMeeting meeting) {
        return new MeetingReference(meeting.title(), meeting.heldAt(), meeting.place());
    }

    private JointMeeting meeting(UUID id) {
        return meetings.find(id).orElseThrow(() -> new NotFoundException("no joint meeting " + id + " here"));
    }

    private ZoneId zone(CommunityId community) {
        return communities.find(community)
                .map(org.weimin.tenancy.model.Community::timeZone).orElse(ZoneId.of("Asia/Shanghai"));
    }

    private MeetingViews.Detail detail(JointMeeting meeting) {
        List<AgendaItem> agenda = meetings.agenda(meeting.id());
        List<MeetingViews.Item> items = agenda.stream().map(item -> {
            NeedsAtMeetings.AgendaNeed need = needs.need(item.demandId());
            return new MeetingViews.Item(need.id(), need.reference(), need.text(), need.place(), need.residents(),
                    need.status(), item.addedBy(), item.outcome(), item.decision(), item.assignee(), item.dueDate(),
                    item.decidedBy(), item.decidedAt());
        }).toList();
        return new MeetingViews.Detail(summary(meeting, agenda), items);
    }

    private static MeetingViews.Summary summary(JointMeeting m, List<AgendaItem> agenda) {
        return new MeetingViews.Summary(m.id(), m.title(), m.heldAt(), m.place(), m.participants(), m.convener(),
                m.status(), agenda.size(), (int) agenda.stream().filter(AgendaItem::isDecided).count());
    }
}
