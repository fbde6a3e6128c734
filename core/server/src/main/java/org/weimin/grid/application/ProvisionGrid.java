package org.weimin.grid.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.weimin.grid.model.Building;
import org.weimin.grid.model.BuildingUnit;
import org.weimin.grid.model.Gender;
import org.weimin.grid.model.Grid;
import org.weimin.grid.model.GridRepository;
import org.weimin.grid.model.Household;
import org.weimin.grid.model.Resident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The community's grid as a plan describes it (grids, buildings, units, households, residents), applied
 * idempotently inside the caller's transaction: what exists is updated, what is missing created. Places that
 * leave the plan are kept (needs refer to them); residents who leave it are removed.
 */
@ApplicationScoped
public class ProvisionGrid {

    public record GridPlan(String code, String name, List<BuildingPlan> buildings) {
    }

    public record BuildingPlan(String code, String name, int floors, List<UnitPlan> units) {
    }

    public record UnitPlan(int number, List<HouseholdPlan> households) {
    }

    public record HouseholdPlan(String room, List<ResidentPlan> residents) {
    }

    /** @param gender MALE or FEMALE, in any case */
    public record ResidentPlan(String name, String gender, int birthYear, String phone) {
    }

    @Inject
    GridRepository grid;

    /** @return the grids' ids by their codes, for assigning grid workers */
    @Transactional
    public Map<String, UUID> apply(List<GridPlan> plans) {
        Map<String, Grid> grids = new HashMap<>();
        grid.grids().forEach(g -> grids.put(g.code(), g));
        Map<String, Building> buildings = new HashMap<>();
        grid.buildings().forEach(b -> buildings.put(b.code(), b));
        Map<String, BuildingUnit> units = new HashMap<>();
        grid.units().forEach(u -> units.put(u.buildingId() + "#" + u.number(), u));
        Map<String, Household> households = new HashMap<>();
        grid.households().forEach(h -> households.put(h.unitId() + "#" + h.room(), h));
        Map<UUID, List<Resident>> residents = new HashMap<>();
        grid.residents().forEach(r -> residents.computeIfAbsent(r.householdId(), k -> new ArrayList<>()).add(r));

        Map<String, UUID> gridIds = new HashMap<>();
        for (GridPlan gridPlan : plans) {
            Grid g = grids.get(gridPlan.code());
            if (g == null) {
                g = new Grid(gridPlan.code(), gridPlan.name());
                grid.add(g);
            } else {
                g.rename(gridPlan.name());
            }
            gridIds.put(g.code(), g.id());
            for (BuildingPlan buildingPlan : gridPlan.buildings()) {
                Building b = buildings.get(buildingPlan.code());
                if (b == null) {
                    b = new Building(g.id(), buildingPlan.code(), buildingPlan.name(), buildingPlan.floors());
                    grid.add(b);
                } else {
                    b.describe(g.id(), buildingPlan.name(), buildingPlan.floors());
                }
                for (UnitPlan unitPlan : buildingPlan.units()) {
                    BuildingUnit u = units.get(b.id() + "#" + unitPlan.number());
                    if (u == null) {
                        u = new BuildingUnit(b.id(), unitPlan.number());
                        grid.add(u);
                    }
                    for (HouseholdPlan householdPlan : unitPlan.households()) {
                        Household h = households.get(u.id() + "#" + householdPlan.room());
                        if (h == null) {
                            h = new Household(u.id(), householdPlan.room());
                            grid.add(h);
                        }
                        applyResidents(h, householdPlan.residents(), residents.getOrDefault(h.id(), List.of()));
                    }
                }
            }
        }
        return gridIds;
    }

    /** Every household by its reference, building-unit-room, as accounts name them. */
    @Transactional
    public Map<String, UUID> householdsByReference() {
        Map<UUID, Building> buildings = new HashMap<>();
        grid.buildings().forEach(b -> buildings.put(b.id(), b));
        Map<UUID, String> unitPrefixes = new HashMap<>();
        grid.units().forEach(u -> unitPrefixes.put(u.id(), buildings.get(u.buildingId()).code() + "-" + u.number()));
        Map<String, UUID> refs = new HashMap<>();
        grid.households().forEach(h -> refs.put(unitPrefixes.get(h.unitId()) + "-" + h.room(), h.id()));
        return refs;
    }

    private void applyResidents(Household household, List<ResidentPlan> wanted, List<Resident> present) {
        Set<String> wantedKeys = new HashSet<>();
        wanted.forEach(r -> wantedKeys.add(r.name() + "#" + r.birthYear()));
        Set<String> presentKeys = new HashSet<>();
        for (Resident resident : present) {
            String key = resident.name() + "#" + resident.birthYear();
            if (!wantedKeys.contains(key)) {
                grid.remove(resident);
            } else {
                presentKeys.add(key);
            }
        }
        for (ResidentPlan plan : wanted) {
            if (!presentKeys.contains(plan.name() + "#" + plan.birthYear())) {
                grid.add(new Resident(household.id(), plan.name(), Gender.valueOf(plan.gender().toUpperCase()),
                        plan.birthYear(), plan.phone()));
            }
        }
    }
}
