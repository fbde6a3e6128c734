package org.weimin.grid.model;

import java.util.Objects;
import java.util.UUID;

/** A grid (网格): the area one grid worker looks after. */
public class Grid {

    private String tenantId;
    private UUID id;
    private String code;
    private String name;
    private long version;

    protected Grid() {
    }

    public Grid(String code, String name) {
        this.id = UUID.randomUUID();
        this.code = GridCodes.require(code, "grid code");
        rename(name);
    }

    public void rename(String newName) {
        this.name = GridCodes.requireName(newName, "grid name");
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String tenantId() {
        return tenantId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Grid grid && Objects.equals(id, grid.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
