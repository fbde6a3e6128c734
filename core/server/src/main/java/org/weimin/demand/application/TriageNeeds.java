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
import org.weimin.identity.model.Permission;
import org.weimin.platform.application.AtMostItems;
import org.weimin.platform.application.NotNone;
import org.weimin.platform.application.Required;
import org.weimin.shared.ConflictException;
import org.weimin.shared.NotFoundException;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Staff say what a need is (kind, category, urgency), one at a time or many at once; each decision teaches the classifier. */
@ApplicationScoped
@InCommunity
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
    private static final String CHOOSE_BOTH = "is missing: choose the kind and the category";

    @Inject
    NeedActions actions;

    @Inject
    DeadlineRepository deadlines;

    @Inject
    ClassificationExampleRepository examples;

    @Inject
    DemandClassifierService classifier;

    public DemandViews.Detail classify(CommunityId community, Caller caller, UUID demandId,
                                       @Required(message = CHOOSE_BOTH) DemandKind kind,
                                       @Required(message = CHOOSE_BOTH) ServiceCategory category, Urgency urgency) {
        return actions.take(community, caller, demandId, Actor.STAFF, (d, actor, now) -> classified(community, d, kind, category,
                urgency, actor, now));
    }

    /**
     * Applies one action to many needs, each in its own transaction: a need whose state does not allow it is
     * skipped with the reason, and the others still go ahead.
     */
    public BulkOutcome bulk(CommunityId community, Caller caller,
                            @NotNone(message = "is empty: choose the needs to handle")
                            @AtMostItems(value = MAX_BULK, message = "holds too many: handle at most " + MAX_BULK + " needs at a time") List<UUID> ids,
                            @Required(message = "is missing: say what to do, CLASSIFY_AS_SUGGESTED or ACCEPT") BulkAction action) {
        caller.require(Permission.TRIAGE_NEEDS, "only the community's staff handle needs");
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
        for (UUID needId : new LinkedHashSet<>(ids)) {
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
