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

import org.weimin.demand.model.Demand;
import org.weimin.demand.model.DemandRepository;
import org.weimin.identity.application.CommunityGate;
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
import org.weimin.tenancy.application.CommunityNotFoundException;
import org.weimin.tenancy.application.TenantScope;
import org.weimin.tenancy.model.CommunityId;
import org.weimin.tenancy.model.CommunityRepository;

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
    Store store;

    public List<MeetingViews.Summary> list(String community, Caller caller) {
        CommunityId id = readable(community, caller);
        return TenantScope.callAs(id, store::list);
    }

    public MeetingViews.Detail detail(String community, Caller caller, UUID meetingId) {
        CommunityId id = readable(community, caller);
        return TenantScope.callAs(id, () -> store.detail(meetingId));
    }

    public MeetingViews.Detail schedule(String community, Caller caller, Schedule schedule) {
        CommunityId id = readable(community, caller);
        require(caller, Permission.HOLD_MEETINGS, "only the community's cadres convene joint meetings");
        return TenantScope.callAs(id, () -> store.schedule(caller.username(), schedule));
    }

    /** Puts an affair on the agenda of a meeting that has not concluded; the need waits for its decision. */
    public MeetingViews.Detail refer(String community, Caller caller, UUID meetingId, UUID demandId) {
        CommunityId id = readable(community, caller);
        require(caller, Permission.TRIAGE_NEEDS, "only the community's staff put affairs on a meeting's agenda");
        return TenantScope.callAs(id, () -> store.refer(caller.username(), meetingId, demandId));
    }

    public MeetingViews.Detail decide(String community, Caller caller, UUID meetingId, UUID demandId, Decision decision) {
        CommunityId id = readable(community, caller);
        require(caller, Permission.HOLD_MEETINGS, "only the community's cadres record the meeting's decisions");
        return TenantScope.callAs(id, () -> store.decide(caller.username(), meetingId, demandId, decision));
    }

    /** Meetings are the staff's working papers: residents follow the decisions on their needs' timelines. */
    private CommunityId readable(String community, Caller caller) {
        if (!CommunityId.isValid(community)) {
            throw new CommunityNotFoundException(community);
        }
        CommunityId id = new CommunityId(community);
        TenantScope.runAs(id, () -> store.requireAccess(id, caller));
        if (caller.community().isPresent() && !caller.permissions().contains(Permission.TRIAGE_NEEDS)
                && !caller.permissions().contains(Permission.HOLD_MEETINGS)) {
            throw new ForbiddenActionException("joint meetings are for the community's staff; "
                    + "residents see the decisions on their needs");
        }
        return id;
    }

    private static void require(Caller caller, Permission permission, String refusal) {
        if (caller.community().isEmpty() || !caller.permissions().contains(permission)) {
            throw new ForbiddenActionException(refusal);
        }
    }

    /** The transactional work, entered with the community's scope set. */
    @ApplicationScoped
    public static class Store {

        @Inject
        JointMeetingRepository meetings;

        @Inject
        DemandRepository demands;

        @Inject
        CommunityRepository communities;

        @Inject
        CommunityGate gate;

        private final Clock clock = Clock.systemUTC();

        public void requireAccess(CommunityId id, Caller caller) {
            gate.readable(id, caller);
        }

        @Transactional
        public List<MeetingViews.Summary> list() {
            List<JointMeeting> all = meetings.all();
            Map<UUID, List<AgendaItem>> agendas = meetings.agendas(all.stream().map(JointMeeting::id).toList()).stream()
                    .collect(Collectors.groupingBy(AgendaItem::meetingId));
            return all.stream().map(m -> summary(m, agendas.getOrDefault(m.id(), List.of()))).toList();
        }

        @Transactional
        public MeetingViews.Detail detail(UUID meetingId) {
            return detail(meeting(meetingId));
        }

        @Transactional
        public MeetingViews.Detail schedule(String convener, Schedule schedule) {
            if (schedule == null) {
                throw MeetingRuleException.invalid("", "send the meeting's title, heldAt, place and participants");
            }
            Instant heldAt = schedule.heldAt() == null ? null : schedule.heldAt().atZone(zone()).toInstant();
            JointMeeting meeting = new JointMeeting(schedule.title(), heldAt, schedule.place(), schedule.participants(),
                    convener, clock.instant());
            meetings.add(meeting);
            return detail(meeting);
        }

        @Transactional
        public MeetingViews.Detail refer(String actor, UUID meetingId, UUID demandId) {
            JointMeeting meeting = meeting(meetingId);
            meeting.requireScheduled();
            Demand need = need(demandId);
            if (meetings.pendingItemFor(demandId).isPresent()) {
                throw new ConflictException("this affair is already on a meeting's agenda, waiting for its decision");
            }
            Instant now = clock.instant();
            need.referToMeeting(actor, meeting.label(zone()), now).forEach(demands::add);
            meetings.add(new AgendaItem(meeting.id(), need.id(), meetings.agenda(meeting.id()).size() + 1, actor, now));
            return detail(meeting);
        }

        @Transactional
        public MeetingViews.Detail decide(String actor, UUID meetingId, UUID demandId, Decision decision) {
            if (decision == null) {
                throw MeetingRuleException.invalid("", "send the outcome, the decision and, to go ahead, the assignee and due date");
            }
            JointMeeting meeting = meeting(meetingId);
            AgendaItem item = meetings.agenda(meetingId).stream().filter(i -> i.demandId().equals(demandId)).findFirst()
                    .orElseThrow(() -> new NotFoundException("need " + demandId + " is not on this meeting's agenda"));
            Instant now = clock.instant();
            item.decide(decision.outcome(), decision.decision(), decision.assignee(), decision.dueDate(), actor, now);
            Demand need = need(demandId);
            ZoneId zone = zone();
            String said = "联席会议" + meeting.label(zone) + "决定：" + item.decision();
            if (item.outcome() == DecisionOutcome.PROCEED) {
                need.proceedByMeeting(actor, said + "（责任方：" + item.assignee() + "，" + item.dueDate() + " 前完成）",
                        item.assignee(), item.dueDate().plusDays(1).atStartOfDay(zone).toInstant(), now).forEach(demands::add);
            } else {
                need.declineByMeeting(actor, said, now).forEach(demands::add);
            }
            meeting.concludeIfDecided(meetings.agenda(meetingId));
            return detail(meeting);
        }

        private JointMeeting meeting(UUID id) {
            return meetings.find(id).orElseThrow(() -> new NotFoundException("no joint meeting " + id + " here"));
        }

        private Demand need(UUID id) {
            return demands.find(id).orElseThrow(() -> new NotFoundException("no need " + id + " here"));
        }

        private ZoneId zone() {
            return communities.find(TenantScope.currentCommunity().orElseThrow())
                    .map(org.weimin.tenancy.model.Community::timeZone).orElse(ZoneId.of("Asia/Shanghai"));
        }

        private MeetingViews.Detail detail(JointMeeting meeting) {
            List<AgendaItem> agenda = meetings.agenda(meeting.id());
            List<MeetingViews.Item> items = agenda.stream().map(item -> {
                Demand need = need(item.demandId());
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
}
