package org.weimin.grid.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The grid of the community in the current tenant scope. */
public interface GridRepository {

    List<Grid> grids();

    Optional<Grid> gridByCode(String code);

    List<Building> buildings();

    List<Building> buildingsOf(UUID gridId);

    List<BuildingUnit> units();

    List<BuildingUnit> unitsOf(UUID buildingId);

    List<Household> households();

    List<Household> householdsOf(UUID unitId);

    Optional<Household> household(UUID id);

    /** The grid whose buildings hold this household. */
    Optional<UUID> gridOfHousehold(UUID householdId);

    List<Resident> residents();

    List<Resident> residentsOf(UUID householdId);

    List<GridSummary> summaries();

    /** Units and households of each building of a grid, counted in one query, by building id. */
    Map<UUID, long[]> buildingCounts(UUID gridId);

    void add(Grid grid);

    void add(Building building);

    void add(BuildingUnit unit);

    void add(Household household);

    void add(Resident resident);

    void remove(Resident resident);

    /** The household at {@code building-unit-room}, e.g. 3-2-501. */
    Optional<Household> householdByRef(String reference);

    /** Every registered household's reference (building-unit-room), by household id, in building, unit and room order. */
    java.util.LinkedHashMap<UUID, String> householdReferences();

    int householdCount();

    /** A household as people write it: building-unit-room, e.g. 3-2-501. */
    Optional<String> householdReference(UUID householdId);

    void add(HouseholdContactRecord contact);

    List<HouseholdContactRecord> contactsSince(java.time.LocalDate since);
}
