package org.weimin.demand.model;

import java.time.Instant;
import java.util.UUID;

import org.weimin.shared.InvalidInputException;

/**
 * One line of a need's timeline: who did what, when, through which channel. Internal notes are shown to
 * staff only.
 */
public class DemandEvent {

    private String tenantId;
    private UUID id;
    private UUID demandId;
    private Instant at;
    private String actor;
    private String channel;
    private EventType type;
    private String note;
    private boolean internal;

    protected DemandEvent() {
    }

    public DemandEvent(UUID demandId, Instant at, String actor, String channel, EventType type, String note,
                       boolean internal) {
        this.id = UUID.randomUUID();
        this.demandId = demandId;
        this.at = at;
        this.actor = actor;
        this.channel = channel;
        this.type = type;
        this.note = InvalidInputException.atMost("text", note, 2000);
        this.internal = internal;
    }

    public UUID demandId() {
        return demandId;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String channel() {
        return channel;
    }

    public EventType type() {
        return type;
    }

    public String note() {
        return note;
    }

    public boolean isInternal() {
        return internal;
    }
}
