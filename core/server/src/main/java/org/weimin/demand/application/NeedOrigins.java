package org.weimin.demand.application;

import java.util.ArrayList;
import java.util.List;

import org.weimin.demand.model.Demand;
import org.weimin.demand.model.DemandEvent;
import org.weimin.demand.model.DemandRepository;
import org.weimin.demand.model.EventType;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** For the channels: which deliveries from outside wait for the answer an event on a need gives. */
@ApplicationScoped
public class NeedOrigins {

    /** A need as the channel it came by knows it. */
    public record Origin(String channel, String externalId, String reference) {
    }

    @Inject
    DemandRepository demands;

    /** The need's own origin and those of the needs merged into it, whose people wait for the same answer. */
    public List<Origin> waitingFor(DemandEvent event) {
        if (!event.type().answersTheSubmitter() || event.isInternal()) {
            return List.of();
        }
        Demand need = demands.find(event.demandId()).orElseThrow();
        List<Demand> waiting = new ArrayList<>(List.of(need));
        if (event.type() != EventType.MERGED) {
            waiting.addAll(demands.mergedFromChannels(need.id()));
        }
        return waiting.stream().filter(d -> d.externalId() != null)
                .map(d -> new Origin(d.channel(), d.externalId(), d.reference())).toList();
    }
}
