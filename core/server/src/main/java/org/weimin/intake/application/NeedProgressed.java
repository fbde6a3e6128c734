package org.weimin.intake.application;

import org.weimin.demand.model.EventType;
import org.weimin.tenancy.model.CommunityId;

/**
 * The community has answered a need that came through a channel (accepted, solved, refused it...): fired
 * when the answer is recorded, acted on once it is committed.
 */
public record NeedProgressed(CommunityId community, String channel, String externalId, String reference, EventType type,
                             String note) {
}
