package org.weimin.demand.application;

import java.time.Instant;
import java.util.UUID;

import org.weimin.demand.model.Demand;
import org.weimin.demand.model.DemandStatus;
import org.weimin.demand.model.SessionReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What the handling sessions (一般事项定期办) do to needs, inside the session's own use case and transaction: put a
 * general affair on a session's agenda (or move it to a later one), and carry out the session's decision on it.
 * Every step is on the need's timeline and reaches the resident through their channel.
 */
@ApplicationScoped
public class NeedsAtSessions {

    /** A need as a session's agenda shows it. */
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

    public void putOnSession(UUID needId, String actor, SessionReference session, Instant now) {
        timeline.record(access.need(needId).putOnSession(actor, session, now));
    }

    public void handled(UUID needId, String actor, SessionReference session, String howHandled, Instant now) {
        timeline.record(access.need(needId).handledAtSession(actor, session, howHandled, now));
    }

    public void assigned(UUID needId, String actor, SessionReference session, String responsible, String note, Instant now) {
        timeline.record(access.need(needId).assignedAtSession(actor, session, responsible, note, now));
    }

    public void refused(UUID needId, String actor, SessionReference session, String reason, Instant now) {
        timeline.record(access.need(needId).refusedAtSession(actor, session, reason, now));
    }
}
