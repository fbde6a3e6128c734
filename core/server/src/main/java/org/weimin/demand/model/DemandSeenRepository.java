package org.weimin.demand.model;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** When residents last opened their own needs: what makes a need show news. */
public interface DemandSeenRepository {

    Optional<DemandSeen> seen(UUID demandId, UUID accountId);

    /** When this account last saw each of these needs; needs it never opened are left out. */
    List<DemandSeen> seen(UUID accountId, Collection<UUID> demandIds);

    void add(DemandSeen seen);

    /** How many of this resident's needs changed since they last looked (or since they raised them). */
    long withNews(UUID accountId);
}
