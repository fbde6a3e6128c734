package org.weimin.grid.model;

import java.util.UUID;

/** A unit (单元): one stairwell of a building. */
public class BuildingUnit {

    private String tenantId;
    private UUID id;
    private UUID buildingId;
    private int number;
    private long version;

    protected BuildingUnit() {
    }

    public BuildingUnit(UUID buildingId, int number) {
        if (buildingId == null) {
            throw new IllegalArgumentException("a unit belongs to a building");
        }
        if (number < 1 || number > 99) {
            throw new IllegalArgumentException("a unit number is 1 to 99, not " + number);
        }
        this.id = UUID.randomUUID();
        this.buildingId = buildingId;
        this.number = number;
    }

    public UUID id() {
        return id;
    }

    public UUID buildingId() {
        return buildingId;
    }

    public int number() {
        return number;
    }
}
