package org.weimin.demand.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.weimin.demand.model.Demand;
import org.weimin.demand.model.DemandStatus;
import org.weimin.demand.model.MeetingReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What the joint meetings do to needs, inside the meeting's own use case and transaction: put an affair on
 * a meeting's agenda, and carry out the meeting's decision on it. Every step is on the need's timeline.
 */
@ApplicationScoped
public class NeedsAtMeetings {

    /** A need as a meeting's agenda shows it. */
    public record AgendaNeed(UUID id, String reference, String text, String place, int residents, DemandStatus status) {
    }

    @Inject
    NeedAccess access;

    @Inject
    NeedTimeline timeline;

    public AgendaNeed need(UUID id) {
        Demand need = access.need(id);
        return new AgendaNeed(need.id(), need.reference(), need.text(), need.place(), need.residents(), need.status());
    }

    public void referToMeeting(UUID needId, String actor, MeetingReference meeting, Instant now) {
        timeline.record(access.need(needId).referToMeeting(actor, meeting, now));
    }

    /**
     * @param decision the meeting's words, which the resident reads
     * @param dueDate the last day the responsible party has, in the community's time zone
     */
    public void proceed(UUID needId, String actor, MeetingReference meeting, String decision, String assignee, LocalDate dueDate,
                        ZoneId zone, Instant now) {
        timeline.record(access.need(needId).proceedByMeeting(actor, meeting, decision, assignee, dueDate, zone, now));
    }

    public void decline(UUID needId, String actor, MeetingReference meeting, String decision, Instant now) {
        timeline.record(access.need(needId).declineByMeeting(actor, meeting, decision, now));
    }
}
