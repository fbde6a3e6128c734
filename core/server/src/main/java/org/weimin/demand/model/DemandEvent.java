package org.weimin.demand.model;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.weimin.shared.InvalidInputException;

/**
 * One line of a need's timeline: who did what, when, through which channel. Internal notes are shown to
 * staff only. The note holds people's own words; what the system knows about the step (the meeting that
 * decided, the party responsible, the days a resident had to confirm) is kept apart as details, so that
 * every reader sees the line in their own language.
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
    private Map<String, String> details;

    protected DemandEvent() {
    }

    public DemandEvent(UUID demandId, Instant at, String actor, String channel, EventType type, String note,
                       boolean internal) {
        this(demandId, at, actor, channel, type, note, internal, Map.of());
    }

    public DemandEvent(UUID demandId, Instant at, String actor, String channel, EventType type, String note,
                       boolean internal, Map<String, String> details) {
        this.id = UUID.randomUUID();
        this.demandId = demandId;
        this.at = at;
        this.actor = actor;
        this.channel = channel;
        this.type = type;
        this.note = InvalidInputException.atMost("text", note, 2000);
        this.internal = internal;
        this.details = Map.copyOf(details);
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

    public Map<String, String> details() {
        return details == null ? Map.of() : details;
    }
}
