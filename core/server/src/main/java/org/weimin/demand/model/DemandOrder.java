package org.weimin.demand.model;

/** The order the inbox lists needs in. */
public enum DemandOrder {
    /** The newest first: what a resident follows. */
    NEWEST,
    OLDEST,
    /**
     * Open needs first, the one whose next deadline (to respond, then to resolve) comes soonest at the top;
     * unclassified ones, which have none yet, before all: what staff work through.
     */
    DEADLINE,
    /** Open needs first, the latest next deadline at the top. */
    DEADLINE_LAST
}
