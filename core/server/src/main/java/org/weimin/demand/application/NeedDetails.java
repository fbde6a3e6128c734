package org.weimin.demand.application;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.weimin.demand.model.Demand;
import org.weimin.demand.model.DeadlineRepository;
import org.weimin.demand.model.DemandEvent;
import org.weimin.demand.model.DemandPhotoRepository;
import org.weimin.demand.model.DemandRepository;
import org.weimin.demand.model.DemandSeen;
import org.weimin.demand.model.DemandSeenRepository;
import org.weimin.demand.model.DemandStatus;
import org.weimin.demand.model.EventType;
import org.weimin.demand.model.SupporterRepository;
import org.weimin.grid.application.Households;
import org.weimin.identity.application.CommunityPeople;
import org.weimin.identity.model.Role;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** What one viewer is shown of one need: its timeline with names, and only the details that viewer may read. */
@ApplicationScoped
public class NeedDetails {

    @Inject
    DemandRepository demands;

    @Inject
    DemandSeenRepository seen;

    @Inject
    DemandPhotoRepository photos;

    @Inject
    CommunityPeople people;

    @Inject
    Households households;

    @Inject
    SupporterRepository supporters;

    @Inject
    DeadlineRepository deadlines;

    @Inject
    Clock clock;

    /** The resident who raised the need has now seen all there is on it. */
    public void markSeen(NeedAccess.Viewer viewer, Demand demand) {
        if (viewer.raised(demand)) {
            Instant now = clock.instant();
            seen.seen(demand.id(), viewer.accountId())
                    .ifPresentOrElse(s -> s.seenAgain(now), () -> seen.add(new DemandSeen(demand.id(), viewer.accountId(), now)));
        }
    }

    public DemandViews.Detail of(NeedAccess.Viewer viewer, Demand demand) {
        boolean staff = viewer.seesEverything();
        List<DemandEvent> events = demands.timeline(demand.id()).stream().filter(e -> viewer.worksHere() || !e.isInternal())
                .toList();
        Set<String> usernames = new HashSet<>();
        events.forEach(e -> {
            usernames.add(e.actor());
            if (e.type() == EventType.ASSIGNED && e.note() != null) {
                usernames.add(e.note());
            }
        });
        Map<String, CommunityPeople.Person> actors = people.byUsernames(usernames);
        List<DemandViews.Event> timeline = events.stream().map(e -> {
            CommunityPeople.Person actor = actors.get(e.actor());
            Role role = actor == null ? null : actor.mainRole();
            boolean hidden = !staff && role == Role.RESIDENT && !actor.accountId().equals(viewer.accountId());
            CommunityPeople.Person assignee = e.type() == EventType.ASSIGNED ? actors.get(e.note()) : null;
            return new DemandViews.Event(e.at(), hidden ? null : e.actor(), role, actor == null || hidden ? null : actor.displayName(),
                    e.channel(), e.type(), assignee == null ? e.note() : assignee.displayName(), e.isInternal(), e.details());
        }).toList();
        boolean mine = viewer.raised(demand);
        boolean worker = viewer.worksHere();
        Instant now = clock.instant();
        // Only a resolved need waits for its resident before it may be archived; the period is read just then.
        boolean waitsForResident = demand.status() == DemandStatus.RESOLVED
                && !demand.closableBy(deadlines.policy().autoCloseAfter(), now);
        List<DemandStatus> next = demand.status().next().stream()
                .filter(status -> status != DemandStatus.CLOSED || !waitsForResident).toList();
        boolean supported = viewer.accountId() != null && !mine && supporters.supports(demand.id(), viewer.accountId());
        return new DemandViews.Detail(DemandViews.Summary.of(demand, now, false, staff || mine),
                staff || mine ? demand.submitterName() : null, worker ? demand.contact() : null, demand.resolution(),
                demand.rejectionReason(), worker ? demand.rawPayload() : null, timeline, next,
                photos.photos(demand.id()), (staff || mine) && demand.householdId() != null
                        ? households.reference(demand.householdId()).orElse(null) : null, demand.photoAddress(), mine, supported);
    }
}
