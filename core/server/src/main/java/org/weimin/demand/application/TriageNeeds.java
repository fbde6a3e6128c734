package org.weimin.demand.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import org.weimin.demand.application.NeedActions.Actor;
import org.weimin.demand.model.ClassificationExample;
import org.weimin.demand.model.ClassificationExampleRepository;
import org.weimin.demand.model.DeadlineRepository;
import org.weimin.demand.model.Demand;
import org.weimin.demand.model.DemandEvent;
import org.weimin.demand.model.DemandKind;
import org.weimin.demand.model.IllegalTransitionException;
import org.weimin.demand.model.ServiceCategory;
import org.weimin.demand.model.Urgency;
import org.weimin.identity.application.InCommunity;
import org.weimin.identity.model.Caller;
import org.weimin.shared.ConflictException;
import org.weimin.shared.InvalidInputException;
import org.weimin.shared.NotFoundException;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Staff say what a need is (kind, category, urgency), one at a time or many at once; each decision teaches the classifier. */
@ApplicationScoped
public class TriageNeeds {

    /** What staff can do to many needs at once from the inbox. */
    public enum BulkAction {
        /** Take the classifier's suggestion of kind and category for each. */
        CLASSIFY_AS_SUGGESTED,
        /** Accept each and take it on oneself. */
        ACCEPT
    }

    /** What a bulk action did: the needs it moved on, and those it left as they were, each with why. */
    public record BulkOutcome(List<String> done, List<Skipped> skipped) {
        public record Skipped(UUID id, String reason) {
        }
    }

    static final int MAX_BULK = 200;

    @Inject
    NeedActions actions;

    @Inject
    DeadlineRepository deadlines;

    @Inject
    ClassificationExampleRepository examples;

    @Inject
    DemandClassifierService classifier;

    public DemandViews.Detail classify(CommunityId community, Caller caller, UUID demandId, DemandKind kind,
                                       ServiceCategory category, Urgency urgency) {
        if (kind == null || category == null) {
            throw new InvalidInputException(kind == null ? "kind" : "category", "choose the kind and the category");
        }
        return actions.take(community, caller, demandId, Actor.STAFF, (d, actor, now) -> classified(community, d, kind, category,
                urgency, actor, now));
    }

    /**
     * Applies one action to many needs, each in its own transaction: a need whose state does not allow it is
     * skipped with the reason, and the others still go ahead.
     */
    @InCommunity
    public BulkOutcome bulk(CommunityId community, Caller caller, List<UUID> needIds, BulkAction action) {
        NeedAccess.requireStaff(caller, "only the community's staff handle needs");
        if (action == null) {
            throw new InvalidInputException("action", "say what to do: CLASSIFY_AS_SUGGESTED or ACCEPT");
        }
        if (needIds == null || needIds.isEmpty()) {
            throw new InvalidInputException("ids", "choose the needs to handle");
        }
        if (needIds.size() > MAX_BULK) {
            throw new InvalidInputException("ids", "at most " + MAX_BULK + " needs at a time");
        }
        NeedActions.Action work = switch (action) {
            case ACCEPT -> (d, actor, now) -> d.accept(actor, actor, now);
            case CLASSIFY_AS_SUGGESTED -> (d, actor, now) -> {
                if (d.suggestion() == null) {
                    throw new IllegalArgumentException("there is no suggestion to take");
                }
                return classified(community, d, d.suggestion().kind(), d.suggestion().category(), null, actor, now);
            };
        };
        List<String> done = new ArrayList<>();
        List<BulkOutcome.Skipped> skipped = new ArrayList<>();
        for (UUID needId : new LinkedHashSet<>(needIds)) {
            try {
                done.add(actions.take(community, caller, needId, Actor.STAFF, work).summary().reference());
            } catch (IllegalTransitionException | ConflictException | NotFoundException | IllegalArgumentException e) {
                skipped.add(new BulkOutcome.Skipped(needId, e.getMessage()));
            }
        }
        return new BulkOutcome(done, skipped);
    }

    private List<DemandEvent> classified(CommunityId community, Demand need, DemandKind kind, ServiceCategory category,
                                         Urgency urgency, String actor, Instant now) {
        List<DemandEvent> events = need.classify(kind, category, urgency, deadlines.policy(), actor, now);
        examples.add(new ClassificationExample(need.text(), kind, category, now));
        classifier.forget(community);
        return events;
    }
}
