package org.weimin.grid.model;

import java.util.UUID;

/** A building (楼栋) inside one grid. */
public class Building {

    private String tenantId;
    private UUID id;
    private UUID gridId;
    private String code;
    private String name;
    private int floors;
    private long version;

    protected Building() {
    }

    public Building(UUID gridId, String code, String name, int floors) {
        this.id = UUID.randomUUID();
        this.code = GridCodes.require(code, "building code");
        describe(gridId, name, floors);
    }

    public void describe(UUID newGridId, String newName, int newFloors) {
        if (newGridId == null) {
            throw new IllegalArgumentException("a building belongs to a grid");
        }
        if (newFloors < 1 || newFloors > 100) {
            throw new IllegalArgumentException("a building has 1 to 100 floors, not " + newFloors);
        }
        this.gridId = newGridId;
        this.name = GridCodes.requireName(newName, "building name");
        this.floors = newFloors;
    }

    public UUID id() {
        return id;
    }

    public UUID gridId() {
        return gridId;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public int floors() {
        return floors;
    }
}
