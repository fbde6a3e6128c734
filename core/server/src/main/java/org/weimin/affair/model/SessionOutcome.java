package org.weimin.affair.model;

/** What a handling session decided about one affair on its agenda. */
public enum SessionOutcome {
    /** Settled at the session: the need is resolved with the session's words. */
    HANDLED,
    /** Given to someone who carries it out: the need is in progress with them. */
    ASSIGNED,
    /** Too big for the session: it goes to a joint meeting (重大事项联席办). */
    REFERRED,
    /** Refused, with the reason the resident reads. */
    REFUSED
}
