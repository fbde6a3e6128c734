package org.weimin.affair.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.weimin.affair.model.HandlingSession;
import org.weimin.affair.model.HandlingSessionRepository;
import org.weimin.affair.model.SessionCadence;
import org.weimin.affair.model.SessionItem;
import org.weimin.affair.model.SessionOutcome;
import org.weimin.demand.application.NeedsAtSessions;
import org.weimin.demand.model.SessionReference;
import org.weimin.identity.application.CommunityPeople;
import org.weimin.identity.application.InCommunity;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Permission;
import org.weimin.meeting.application.JointMeetings;
import org.weimin.platform.application.Required;
import org.weimin.platform.application.RetriedOnClash;
import org.weimin.shared.ConflictException;
import org.weimin.shared.InvalidInputException;
import org.weimin.shared.NotFoundException;
import org.weimin.tenancy.application.CommunityDirectory;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * General affairs handled on a schedule (一般事项定期办): the cadre sets the community's cadence of handling sessions;
 * staff send a triaged affair to the scheduled track and it lands on the next session's agenda (the session is made
 * when first needed, one per day); staff may move it to a later session; the session records an outcome per affair
 * (handled, given to someone, referred to a joint meeting, refused with a reason), which moves the need on.
 */
@ApplicationScoped
public class HandlingSessions {

    private static final String WORKING_PAPERS = "handling sessions are the staff's working papers";

    static final int SHOWN = 6;
    /** How many coming sessions exist ahead, so that staff can move an affair to a later one. */
    static final int AHEAD = 3;

    /** @param assignee the staff member who carries it out (ASSIGNED); meetingId the joint meeting (REFERRED) */
    public record Decision(SessionOutcome outcome, String note, String assignee, UUID meetingId) {
    }

    @Inject
    HandlingSessionRepository sessions;

    @Inject
    NeedsAtSessions needs;

    @Inject
    JointMeetings meetings;

    @Inject
    CommunityPeople people;

    @Inject
    CommunityDirectory communities;

    @Inject
    Clock clock;

    @InCommunity
    @Transactional
    public SessionViews.Cadence cadence(CommunityId community, Caller caller) {
        caller.require(Permission.TRIAGE_NEEDS, WORKING_PAPERS);
        return sessions.cadence().map(c -> view(community, c)).orElse(null);
    }

    @InCommunity
    @Transactional
    public SessionViews.Cadence setCadence(CommunityId community, Caller caller, LocalDate firstOn, int everyWeeks, LocalTime startsAt,
                                           String place) {
        caller.require(Permission.MANAGE_COMMUNITY, "only the community's cadres set when the handling sessions are held");
        Instant now = clock.instant();
        SessionCadence cadence = sessions.cadence().orElse(null);
        if (cadence == null) {
            cadence = new SessionCadence(firstOn, everyWeeks, startsAt, place, caller.username(), now);
            sessions.add(cadence);
        } else {
            cadence.change(firstOn, everyWeeks, startsAt, place, caller.username(), now);
        }
        upcoming(community, cadence);
        return view(community, cadence);
    }

    /** The coming sessions with their agendas, and the last ones held. */
    @InCommunity
    @Transactional
    public List<SessionViews.Session> list(CommunityId community, Caller caller) {
        caller.require(Permission.TRIAGE_NEEDS, WORKING_PAPERS);
        LocalDate today = today(community);
        List<HandlingSession> shown = new ArrayList<>(sessions.from(today, SHOWN));
        shown.addAll(sessions.before(today, SHOWN));
        return views(shown, today);
    }

    @InCommunity
    @Transactional
    public SessionViews.Session session(CommunityId community, Caller caller, UUID sessionId) {
        caller.require(Permission.TRIAGE_NEEDS, WORKING_PAPERS);
        return views(List.of(find(sessionId)), today(community)).get(0);
    }

    /** Sends a triaged affair to the scheduled track: it goes on the agenda of the next session. */
    @RetriedOnClash
    @InCommunity
    @Transactional
    public SessionViews.Session schedule(CommunityId community, Caller caller, @Required(message = "is missing: name the affair") UUID demandId) {
        caller.require(Permission.TRIAGE_NEEDS, WORKING_PAPERS);
        if (sessions.pendingItemFor(demandId).isPresent()) {
            throw new ConflictException("this affair is already on a session's agenda, waiting for its decision");
        }
        HandlingSession next = next(community);
        NeedsAtSessions.AgendaNeed need = needs.need(demandId);
        Instant now = clock.instant();
        needs.putOnSession(need.id(), caller.username(), reference(next), now);
        sessions.add(new SessionItem(next.id(), need.id(), caller.username(), now));
        return views(List.of(next), today(community)).get(0);
    }

    /** Moves an undecided affair to another session still to be held. */
    @InCommunity
    @Transactional
    public SessionViews.Session move(CommunityId community, Caller caller, UUID itemId,
                                     @Required(message = "is missing: name the session") UUID sessionId) {
        caller.require(Permission.TRIAGE_NEEDS, WORKING_PAPERS);
        SessionItem item = item(itemId);
        HandlingSession to = find(sessionId);
        if (to.isOver(today(community))) {
            throw new InvalidInputException("sessionId", "that session has been held; choose one still to come");
        }
        item.moveTo(to.id());
        needs.putOnSession(item.demandId(), caller.username(), reference(to), clock.instant());
        return views(List.of(to), today(community)).get(0);
    }

    @InCommunity
    @Transactional
    public SessionViews.Session decide(CommunityId community, Caller caller, UUID itemId,
                                       @Required(message = "is missing: say what the session decided") Decision decision) {
        caller.require(Permission.TRIAGE_NEEDS, WORKING_PAPERS);
        SessionItem item = item(itemId);
        HandlingSession session = find(item.sessionId());
        Instant now = clock.instant();
        String assignee = decision.outcome() == SessionOutcome.ASSIGNED ? colleague(decision.assignee()) : null;
        item.decide(decision.outcome(), decision.note(), assignee, caller.username(), now);
        SessionReference where = reference(session);
        switch (decision.outcome()) {
            case HANDLED -> needs.handled(item.demandId(), caller.username(), where, decision.note(), now);
            case ASSIGNED -> needs.assigned(item.demandId(), caller.username(), where, assignee, decision.note(), now);
            case REFUSED -> needs.refused(item.demandId(), caller.username(), where, decision.note(), now);
            case REFERRED -> {
                if (decision.meetingId() == null) {
                    throw new InvalidInputException("meetingId", "choose the joint meeting the affair goes to");
                }
                meetings.refer(community, caller, decision.meetingId(), item.demandId());
            }
        }
        return views(List.of(session), today(community)).get(0);
    }

    /**
     * The scheduled work: makes the next session of the cadence, and moves what sessions already held left
     * undecided onto it. Run twice, it finds the session made and nothing left to move.
     *
     * @return how many affairs it moved
     */
    @RetriedOnClash
    @InCommunity
    @Transactional
    public int prepareNext(CommunityId community) {
        if (sessions.cadence().isEmpty()) {
            return 0;
        }
        upcoming(community, sessions.cadence().get());
        HandlingSession next = next(community);
        List<SessionItem> left = sessions.undecidedBefore(today(community));
        Instant now = clock.instant();
        for (SessionItem item : left) {
            item.moveTo(next.id());
            needs.putOnSession(item.demandId(), "system", reference(next), now);
        }
        return left.size();
    }

    /** The next session of the cadence, made now if it does not exist yet. */
    private HandlingSession next(CommunityId community) {
        SessionCadence cadence = sessions.cadence()
                .orElseThrow(() -> new ConflictException("the community has not set when its handling sessions are held"));
        ZonedDateTime now = clock.instant().atZone(zone(community));
        return on(community, cadence, cadence.nextOn(now.toLocalDate(), now.toLocalTime()));
    }

    /** The coming sessions of the cadence, made where missing. */
    private void upcoming(CommunityId community, SessionCadence cadence) {
        ZonedDateTime now = clock.instant().atZone(zone(community));
        LocalDate day = cadence.nextOn(now.toLocalDate(), now.toLocalTime());
        for (int i = 0; i < AHEAD; i++) {
            on(community, cadence, day.plusWeeks((long) i * cadence.everyWeeks()));
        }
    }

    private HandlingSession on(CommunityId community, SessionCadence cadence, LocalDate day) {
        return sessions.on(day).orElseGet(() -> {
            HandlingSession session = new HandlingSession(day, day.atTime(cadence.startsAt()).atZone(zone(community)).toInstant(),
                    cadence.place(), clock.instant());
            sessions.add(session);
            return session;
        });
    }

    private String colleague(String username) {
        if (username == null || username.isBlank()) {
            throw new InvalidInputException("assignee", "say who carries the affair out");
        }
        return people.staffMember(username.strip()).map(CommunityPeople.Person::username)
                .orElseThrow(() -> new InvalidInputException("assignee", "no colleague '" + username.strip() + "' in this community"));
    }

    private List<SessionViews.Session> views(List<HandlingSession> shown, LocalDate today) {
        Map<UUID, List<SessionItem>> agendas = sessions.agendas(shown.stream().map(HandlingSession::id).toList()).stream()
                .collect(Collectors.groupingBy(SessionItem::sessionId));
        return shown.stream().map(s -> new SessionViews.Session(s.id(), s.heldOn(), s.startsAt(), s.place(), s.isOver(today),
                agendas.getOrDefault(s.id(), List.of()).stream().map(this::itemView).toList())).toList();
    }

    private SessionViews.Item itemView(SessionItem item) {
        NeedsAtSessions.AgendaNeed need = needs.need(item.demandId());
        return new SessionViews.Item(item.id(), need.id(), need.reference(), need.text(), need.place(), need.residents(), need.status(),
                item.outcome(), item.note(), item.assignee(), item.decidedBy(), item.decidedAt());
    }

    private SessionViews.Cadence view(CommunityId community, SessionCadence cadence) {
        ZonedDateTime now = clock.instant().atZone(zone(community));
        return new SessionViews.Cadence(cadence.firstOn(), cadence.weekday().name(), cadence.everyWeeks(), cadence.startsAt().toString(),
                cadence.place(), cadence.nextOn(now.toLocalDate(), now.toLocalTime()));
    }

    private static SessionReference reference(HandlingSession session) {
        return new SessionReference(session.startsAt(), session.place());
    }

    private HandlingSession find(UUID id) {
        return sessions.find(id).orElseThrow(() -> new NotFoundException("no handling session " + id + " here"));
    }

    private SessionItem item(UUID id) {
        return sessions.item(id).orElseThrow(() -> new NotFoundException("no agenda item " + id + " here"));
    }

    private LocalDate today(CommunityId community) {
        return clock.instant().atZone(zone(community)).toLocalDate();
    }

    private ZoneId zone(CommunityId community) {
        return communities.find(community).orElseThrow().timeZone();
    }

}
