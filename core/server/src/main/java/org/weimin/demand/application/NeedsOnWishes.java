package org.weimin.demand.application;

import java.time.Instant;
import java.util.UUID;

import org.weimin.demand.model.Demand;
import org.weimin.demand.model.DemandKind;
import org.weimin.demand.model.DemandStatus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What the wish track does to needs, inside the wish's own use case and transaction: publish a wish, record its
 * claims and how they end, resolve it when fulfilled, and confirm for the resident. Every step is on the need's
 * timeline and reaches the resident through their channel; the resident's own confirmation or reopening is
 * announced as {@link NeedChanged} like any other.
 */
@ApplicationScoped
public class NeedsOnWishes {

    /** A need as the wish track knows it: what was asked, where, and by whom (for staff only). */
    public record WishNeed(UUID id, String reference, String text, DemandKind kind, String category, DemandStatus status,
                           UUID householdId, UUID submitterAccountId) {
    }

    @Inject
    NeedAccess access;

    @Inject
    NeedTimeline timeline;

    public WishNeed need(UUID id) {
        Demand need = access.need(id);
        return new WishNeed(need.id(), need.reference(), need.text(), need.kind(),
                need.category() == null ? null : need.category().name(), need.status(), need.householdId(),
                need.submitterAccountId());
    }

    public void publish(UUID needId, String actor, boolean onWall, Instant now) {
        timeline.record(access.need(needId).publishAsWish(actor, onWall, now));
    }

    public void claimed(UUID needId, String actor, String claimer, String mode, Instant now) {
        timeline.record(access.need(needId).claimed(actor, claimer, mode, now));
    }

    /** @param ending LAPSED, WITHDRAWN or RELEASED */
    public void claimEnded(UUID needId, String actor, String claimer, String ending, String reason, Instant now) {
        timeline.record(access.need(needId).claimEnded(actor, claimer, ending, reason, now));
    }

    /** The wish was fulfilled: the need is resolved with what the claimers did, for the resident to confirm. */
    public void fulfilled(UUID needId, String actor, String howResolved, Instant now) {
        timeline.record(access.need(needId).resolve(actor, howResolved, now));
    }

    public void confirmOnBehalf(UUID needId, String actor, Instant now) {
        timeline.record(access.need(needId).confirmOnBehalf(actor, now));
    }

    /** Staff record for the resident that the wish was not fulfilled, and why. */
    public void reopenOnBehalf(UUID needId, String actor, String why, Instant now) {
        timeline.record(access.need(needId).reopen(actor, why, now));
    }
}
