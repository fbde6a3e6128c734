package org.weimin.demand.application;

import java.util.List;

import org.weimin.demand.model.DemandEvent;
import org.weimin.demand.model.DemandRepository;
import org.weimin.tenancy.application.TenantScope;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/** Where use cases put what an action did to needs: on their timelines, and announced to whoever observes. */
@ApplicationScoped
public class NeedTimeline {

    @Inject
    DemandRepository demands;

    @Inject
    Event<NeedChanged> changed;

    public void record(List<DemandEvent> events) {
        var community = TenantScope.currentCommunity().orElseThrow(TenantScope.NoTenantScopeException::new);
        for (DemandEvent event : events) {
            demands.add(event);
            changed.fire(new NeedChanged(community, event));
        }
    }

    public void record(DemandEvent event) {
        record(List.of(event));
    }
}
