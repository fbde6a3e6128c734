package org.weimin.demand.application;

import java.time.Instant;
import java.util.UUID;

import org.weimin.demand.model.Demand;
import org.weimin.demand.model.DemandKind;
import org.weimin.demand.model.DemandStatus;
import org.weimin.shared.InvalidInputException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What micro-projects do to the needs they come from, inside the project's own use case and transaction: the need is
 * taken on when its project gets under way, each step is on its timeline (and reaches its residents through their
 * channel), and it is resolved with the project's result or refused with the project's refusal.
 */
@ApplicationScoped
public class NeedsOfProjects {

    @Inject
    NeedAccess access;

    @Inject
    NeedTimeline timeline;

    /** The need a project is proposed for: it must be a micro-project need still open. */
    public void requireProjectNeed(UUID needId) {
        Demand need;
        try {
            need = access.need(needId);
        } catch (org.weimin.shared.NotFoundException unknown) {
            throw new InvalidInputException("needId", "no need " + needId + " here");
        }
        if (need.kind() != DemandKind.PROJECT || !need.status().isOpen()) {
            throw new InvalidInputException("needId", "only an open need classified as a micro-project becomes a project");
        }
    }

    public void underWay(UUID needId, String actor, String responsible, String words, Instant now) {
        Demand need = access.need(needId);
        if (need.status() == DemandStatus.SUBMITTED || need.status() == DemandStatus.TRIAGED || need.status() == DemandStatus.REOPENED) {
            if (need.status() != DemandStatus.REOPENED) {
                timeline.record(need.accept(actor, responsible, now));
            }
            timeline.record(need.start(actor, now));
        } else if (need.status() == DemandStatus.ACCEPTED) {
            timeline.record(need.start(actor, now));
        }
        timeline.record(need.projectProgress(actor, words, now));
    }

    public void step(UUID needId, String actor, String words, Instant now) {
        timeline.record(access.need(needId).projectProgress(actor, words, now));
    }

    public void completed(UUID needId, String actor, String result, Instant now) {
        Demand need = access.need(needId);
        if (need.status().canMoveTo(DemandStatus.RESOLVED)) {
            timeline.record(need.resolve(actor, result, now));
        } else {
            timeline.record(need.projectProgress(actor, result, now));
        }
    }

    public void refused(UUID needId, String actor, String reason, Instant now) {
        Demand need = access.need(needId);
        if (need.status().canMoveTo(DemandStatus.REJECTED)) {
            timeline.record(need.reject(actor, reason, now));
        } else {
            timeline.record(need.projectProgress(actor, reason, now));
        }
    }
}
