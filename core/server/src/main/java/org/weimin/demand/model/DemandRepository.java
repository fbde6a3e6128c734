package org.weimin.demand.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The needs of the community in the current tenant scope, with their timelines. */
public interface DemandRepository {

    Optional<Demand> find(UUID id);

    /** The reference of the need a delivery already created, found by the delivery's origin. */
    Optional<String> referenceByOrigin(String channel, String externalId);

    /** The id of the need with this reference (D261201-K7P2QXM), if the community has one. */
    Optional<java.util.UUID> idByReference(String reference);

    /** One page of the library, newest first. */
    List<Demand> page(DemandFilter filter, Instant now, int offset, int limit);

    long count(DemandFilter filter, Instant now);

    /** Open needs raised since the given time, newest first, at most the limit: where duplicates are looked for. */
    List<Demand> openSince(Instant since, int limit);

    void add(Demand demand);

    void add(DemandEvent event);

    List<DemandEvent> timeline(UUID demandId);

    /**
     * Needs anyone may see through the Open311 API: those raised through it or made public by their residents.
     *
     * @param references only these, when not empty
     * @param open true for open needs only, false for finished ones only, null for both
     */
    List<Demand> publicRequests(String channel, java.util.Collection<String> references, ServiceCategory category,
                                Instant from, Instant to, Boolean open, int limit);

    /** Needs merged into this one that came through a channel: their people wait for the survivor's answers too. */
    List<Demand> mergedFromChannels(UUID survivorId);

    /** Resolved needs whose resident has not answered since before the given time: due for closing. */
    List<Demand> resolvedBefore(Instant before, int limit);

    /** Open needs whose resolution deadline has passed, oldest deadline first. */
    List<Demand> openPastResolution(Instant now, int limit);
}
