package org.weimin.demand.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.weimin.demand.model.Demand;
import org.weimin.demand.model.DeadlineRepository;
import org.weimin.demand.model.DemandRepository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What a closing evaluation round asks of the demand library, inside the round's own use case and transaction: which
 * needs are still open past their deadline, and a need raised again for what the round found not met.
 */
@ApplicationScoped
public class NeedsFromEvaluation {

    /** A need as the round's evidence names it. */
    public record Evidence(UUID id, String reference, String text, String place) {
        static Evidence of(Demand need) {
            return new Evidence(need.id(), need.reference(), need.text(), need.place());
        }
    }

    /** The need raised again. */
    public record Reentered(UUID id, String reference) {
    }

    /** At most this many of each kind of failure re-enter at one closing; the rest wait for the next. */
    public static final int AT_MOST = 200;

    @Inject
    DemandRepository demands;

    @Inject
    NeedAccess access;

    @Inject
    NeedTimeline timeline;

    @Inject
    DeadlineRepository deadlines;

    public List<Evidence> overdue(Instant now) {
        return demands.openPastResolution(now, AT_MOST).stream().map(Evidence::of).toList();
    }

    public Evidence need(UUID id) {
        return Evidence.of(access.need(id));
    }

    /**
     * @param earlier the need the evidence is about, if there is one: the new need takes its kind, category and place
     * @param origin what the timeline says about where the need came from (上轮评估, the round, the evidence)
     */
    public Reentered reenter(Optional<UUID> earlier, String text, String place, String origin, String actor, Instant now) {
        Optional<Demand> old = earlier.map(access::need);
        Demand need = Demand.fromEvaluation(text, old.map(Demand::place).orElse(place), now);
        demands.add(need);
        timeline.record(need.submitted(actor, origin));
        old.filter(o -> o.kind() != null && o.category() != null)
                .ifPresent(o -> timeline.record(need.classify(o.kind(), o.category(), null, deadlines.policy(), actor, now)));
        return new Reentered(need.id(), need.reference());
    }
}
