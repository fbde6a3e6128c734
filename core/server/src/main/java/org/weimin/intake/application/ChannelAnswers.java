package org.weimin.intake.application;

import org.weimin.demand.application.NeedChanged;
import org.weimin.demand.application.NeedOrigins;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Decides, while the change is being recorded, which deliveries from outside wait for what happened to a
 * need: its own and those merged into it. They are told once the change is committed ({@link ProgressNotices}).
 */
@ApplicationScoped
public class ChannelAnswers {

    @Inject
    NeedOrigins origins;

    @Inject
    Event<NeedProgressed> progressed;

    void onChange(@Observes NeedChanged change) {
        origins.waitingFor(change.event()).forEach(origin -> progressed.fire(new NeedProgressed(change.community(),
                origin.channel(), origin.externalId(), origin.reference(), change.event().type(), change.event().note())));
    }
}
