package org.weimin.demand.model;

import java.util.Set;
import java.util.UUID;

/**
 * What the inbox shows; every part is optional.
 *
 * @param place only needs whose place starts with this (a building "3", a unit "3-2")
 * @param grids only needs in the buildings of these grids (their codes, e.g. G01); all when empty
 * @param submitter only the needs of this account (a resident's own list)
 * @param overdueOnly only open needs past their response or resolution deadline
 * @param text words anywhere in the need, or the start of its reference ("D261201-K7")
 * @param publicOnly only needs their residents made public (the board residents support needs on)
 */
public record DemandFilter(Set<DemandStatus> statuses, DemandKind kind, ServiceCategory category, String place, Set<String> grids,
                           String channel, boolean overdueOnly, UUID submitter, String text, boolean publicOnly,
                           DemandOrder order) {

    public DemandFilter {
        order = order == null ? DemandOrder.NEWEST : order;
    }

    public static DemandFilter all() {
        return new DemandFilter(Set.of(), null, null, null, Set.of(), null, false, null, null, false, DemandOrder.NEWEST);
    }

    public DemandFilter ofSubmitter(UUID account) {
        return new DemandFilter(statuses, kind, category, place, grids, channel, overdueOnly, account, text, publicOnly, order);
    }
}
