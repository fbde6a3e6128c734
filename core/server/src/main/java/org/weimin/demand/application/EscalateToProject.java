package org.weimin.demand.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.weimin.demand.model.DeadlineRepository;
import org.weimin.demand.model.Demand;
import org.weimin.demand.model.DemandKind;
import org.weimin.demand.model.DemandRepository;
import org.weimin.demand.model.ServiceCategory;
import org.weimin.identity.application.InCommunity;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.Permission;
import org.weimin.platform.application.NotNone;
import org.weimin.platform.application.Written;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Staff turn one or more open needs (typically many similar wishes) into one micro-project; the needs
 * become escalated, the project speaks for all their residents.
 */
@ApplicationScoped
public class EscalateToProject {

    @Inject
    NeedAccess access;

    @Inject
    NeedDetails details;

    @Inject
    NeedTimeline timeline;

    @Inject
    DemandRepository demands;

    @Inject
    DeadlineRepository deadlines;

    @Inject
    Clock clock;

    @InCommunity
    @Transactional
    public DemandViews.Detail escalate(CommunityId community, Caller caller,
                                       @NotNone(message = "is empty: name the needs that become the project") List<UUID> needs,
                                       @Written(message = "is empty: describe the project in a sentence") String text) {
        caller.require(Permission.TRIAGE_NEEDS, "only the community's staff escalate needs");
        Instant now = clock.instant();
        List<Demand> wishes = needs.stream().distinct().map(access::need).toList();
        Demand project = Demand.projectFrom(wishes, text.strip(), null, now);
        demands.add(project);
        timeline.record(project.submitted(caller.username(), "由 " + wishes.stream().map(Demand::reference)
                .collect(Collectors.joining("、")) + " 升级为微项目"));
        timeline.record(project.classify(DemandKind.PROJECT, categoryOf(wishes.get(0)), null, deadlines.policy(),
                caller.username(), now));
        for (Demand need : wishes) {
            timeline.record(need.escalate(caller.username(), project.reference(), now));
        }
        return details.of(access.viewer(caller), project);
    }

    private static ServiceCategory categoryOf(Demand need) {
        return need.category() != null ? need.category()
                : need.suggestion() != null ? need.suggestion().category() : ServiceCategory.FACILITIES;
    }
}
