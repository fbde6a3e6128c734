package org.weimin.demand.application;

import org.weimin.demand.model.DemandEvent;
import org.weimin.tenancy.model.CommunityId;

/**
 * Something happened to a need: fired by the use case that did it, inside its transaction, for observers in
 * other contexts to decide who hears of it.
 */
public record NeedChanged(CommunityId community, DemandEvent event) {
}
