package org.weimin.demand.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The demand library of the community in the current tenant scope. */
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

    boolean hasSupporter(UUID demandId, UUID accountId);

    void add(DemandPhoto photo);

    Optional<DemandSeen> seen(UUID demandId, UUID accountId);

    /** When this account last saw each of these needs; needs it never opened are left out. */
    List<DemandSeen> seen(UUID accountId, java.util.Collection<UUID> demandIds);

    void add(DemandSeen seen);

    /** How many of this resident's needs changed since they last looked (or since they raised them). */
    long withNews(UUID accountId);

    /** The photos of a need, oldest first, without their bytes. */
    List<PhotoInfo> photos(UUID demandId);

    Optional<DemandPhoto> photo(UUID demandId, UUID photoId);

    /** What a need's photo list shows. */
    record PhotoInfo(UUID id, String contentType, int size, Instant uploadedAt) {
    }

    void add(Supporter supporter);

    void add(ClassificationExample example);

    List<ClassificationExample> examples();

    java.util.Optional<CommunityDeadlines> deadlines();

    void add(CommunityDeadlines deadlines);

    /** Resolved needs whose resident has not answered since before the given time: due for closing. */
    List<Demand> resolvedBefore(Instant before, int limit);
}
