package org.weimin.demand.application;

import java.util.UUID;

import org.weimin.demand.model.Demand;
import org.weimin.demand.model.DemandStatus;
import org.weimin.demand.model.SupporterRepository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** What evaluation needs to know of a need its residents rate: whether it is done, and who may rate it. */
@ApplicationScoped
public class NeedsRated {

    public record RatedNeed(UUID id, String reference, String text, DemandStatus status) {

        /** Confirmed by its resident, or closed after resolution without an answer. */
        public boolean isDone() {
            return status == DemandStatus.CONFIRMED || status == DemandStatus.CLOSED;
        }
    }

    @Inject
    NeedAccess access;

    @Inject
    SupporterRepository supporters;

    public RatedNeed need(UUID id) {
        Demand need = access.need(id);
        return new RatedNeed(need.id(), need.reference(), need.text(), need.status());
    }

    /** The resident who raised it, or one who said they have it too. */
    public boolean isItsResident(UUID needId, UUID accountId) {
        Demand need = access.need(needId);
        return accountId.equals(need.submitterAccountId()) || supporters.supports(needId, accountId);
    }
}
