package org.weimin.demand.application;

import java.time.Instant;
import java.util.UUID;

import org.weimin.demand.model.Demand;
import org.weimin.demand.model.DemandStatus;

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

    /** @param meetingLabel how the resident reads the meeting: its title and time */
    public void referToMeeting(UUID needId, String actor, String meetingLabel, Instant now) {
        timeline.record(access.need(needId).referToMeeting(actor, meetingLabel, now));
    }

    /** @param said the decision in the words the resident reads */
    public void proceed(UUID needId, String actor, String said, String assignee, Instant due, Instant now) {
        timeline.record(access.need(needId).proceedByMeeting(actor, said, assignee, due, now));
    }

    public void decline(UUID needId, String actor, String said, Instant now) {
        timeline.record(access.need(needId).declineByMeeting(actor, said, now));
    }
}
