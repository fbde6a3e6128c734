package org.weimin.grid.model;

import java.util.UUID;
import java.util.regex.Pattern;

/** A household (户): one flat in a unit, identified by its room number. */
public class Household {

    private static final Pattern ROOM = Pattern.compile("[0-9A-Za-z-]{1,10}");

    private String tenantId;
    private UUID id;
    private UUID unitId;
    private String room;
    private long version;

    protected Household() {
    }

    public Household(UUID unitId, String room) {
        if (unitId == null) {
            throw new IllegalArgumentException("a household belongs to a unit");
        }
        if (room == null || !ROOM.matcher(room).matches()) {
            throw new IllegalArgumentException("a room number is 1-10 letters or digits: " + room);
        }
        this.id = UUID.randomUUID();
        this.unitId = unitId;
        this.room = room;
    }

    public UUID id() {
        return id;
    }

    public UUID unitId() {
        return unitId;
    }

    public String room() {
        return room;
    }
}
