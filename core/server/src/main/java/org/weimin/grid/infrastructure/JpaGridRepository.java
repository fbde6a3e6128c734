package org.weimin.grid.infrastructure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.weimin.grid.model.Building;
import org.weimin.grid.model.BuildingUnit;
import org.weimin.grid.model.Grid;
import org.weimin.grid.model.GridRepository;
import org.weimin.grid.model.GridSummary;
import org.weimin.grid.model.Household;
import org.weimin.grid.model.Resident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

@ApplicationScoped
public class JpaGridRepository implements GridRepository {

    @Inject
    EntityManager em;

    public JpaGridRepository() {
    }

    public JpaGridRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Grid> grids() {
        return em.createQuery("select g from Grid g order by g.code", Grid.class).getResultList();
    }

    @Override
    public Optional<Grid> gridByCode(String code) {
        return em.createQuery("select g from Grid g where g.code = :code", Grid.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    @Override
    public List<Building> buildings() {
        return em.createQuery("select b from Building b order by b.code", Building.class).getResultList();
    }

    @Override
    public List<Building> buildingsOf(UUID gridId) {
        return em.createQuery("select b from Building b where b.gridId = :grid order by b.code", Building.class)
                .setParameter("grid", gridId).getResultList();
    }

    @Override
    public List<BuildingUnit> units() {
        return em.createQuery("select u from BuildingUnit u", BuildingUnit.class).getResultList();
    }

    @Override
    public List<BuildingUnit> unitsOf(UUID buildingId) {
        return em.createQuery("select u from BuildingUnit u where u.buildingId = :building order by u.number",
                BuildingUnit.class).setParameter("building", buildingId).getResultList();
    }

    @Override
    public List<Household> households() {
        return em.createQuery("select h from Household h", Household.class).getResultList();
    }

    @Override
    public List<Household> householdsOf(UUID unitId) {
        return em.createQuery("select h from Household h where h.unitId = :unit order by h.room", Household.class)
                .setParameter("unit", unitId).getResultList();
    }

    @Override
    public Optional<Household> household(UUID id) {
        return Optional.ofNullable(em.find(Household.class, id));
    }

    @Override
    public Optional<UUID> gridOfHousehold(UUID householdId) {
        return em.createQuery("select b.gridId from Household h, BuildingUnit u, Building b"
                        + " where h.id = :household and h.unitId = u.id and u.buildingId = b.id", UUID.class)
                .setParameter("household", householdId).getResultStream().findFirst();
    }

    @Override
    public List<Resident> residents() {
        return em.createQuery("select r from Resident r", Resident.class).getResultList();
    }

    @Override
    public List<Resident> residentsOf(UUID householdId) {
        return em.createQuery("select r from Resident r where r.householdId = :household order by r.birthYear",
                Resident.class).setParameter("household", householdId).getResultList();
    }

    @Override
    public List<GridSummary> summaries() {
        Map<UUID, long[]> counts = new HashMap<>();
        for (Object[] row : em.createQuery("""
                select b.gridId, count(distinct b.id), count(distinct h.id), count(r.id)
                from Building b
                left join BuildingUnit u on u.buildingId = b.id
                left join Household h on h.unitId = u.id
                left join Resident r on r.householdId = h.id
                group by b.gridId""", Object[].class).getResultList()) {
            counts.put((UUID) row[0], new long[] {(Long) row[1], (Long) row[2], (Long) row[3]});
        }
        return grids().stream().map(grid -> {
            long[] c = counts.getOrDefault(grid.id(), new long[3]);
            return new GridSummary(grid.code(), grid.name(), c[0], c[1], c[2]);
        }).toList();
    }

    @Override
    public Map<UUID, long[]> buildingCounts(UUID gridId) {
        Map<UUID, long[]> counts = new HashMap<>();
        for (Object[] row : em.createQuery("""
                select b.id, count(distinct u.id), count(distinct h.id)
                from Building b
                left join BuildingUnit u on u.buildingId = b.id
                left join Household h on h.unitId = u.id
                where b.gridId = :grid
                group by b.id""", Object[].class).setParameter("grid", gridId).getResultList()) {
            counts.put((UUID) row[0], new long[] {(Long) row[1], (Long) row[2]});
        }
        return counts;
    }

    @Override
    public void add(Grid grid) {
        em.persist(grid);
    }

    @Override
    public void add(Building building) {
        em.persist(building);
    }

    @Override
    public void add(BuildingUnit unit) {
        em.persist(unit);
    }

    @Override
    public void add(Household household) {
        em.persist(household);
    }

    @Override
    public void add(Resident resident) {
        em.persist(resident);
    }

    @Override
    public void remove(Resident resident) {
        em.remove(resident);
    }

    @Override
    public Optional<String> householdReference(UUID householdId) {
        return em.createQuery("select b.code, u.number, h.room from Household h, BuildingUnit u, Building b"
                        + " where h.id = :id and h.unitId = u.id and u.buildingId = b.id", Object[].class)
                .setParameter("id", householdId).getResultStream().findFirst()
                .map(row -> row[0] + "-" + row[1] + "-" + row[2]);
    }

    @Override
    public java.util.LinkedHashMap<UUID, String> householdReferences() {
        java.util.LinkedHashMap<UUID, String> references = new java.util.LinkedHashMap<>();
        em.createQuery("select h.id, b.code, u.number, h.room from Household h, BuildingUnit u, Building b"
                        + " where h.unitId = u.id and u.buildingId = b.id order by b.code, u.number, h.room", Object[].class)
                .getResultStream().forEach(row -> references.put((UUID) row[0], row[1] + "-" + row[2] + "-" + row[3]));
        return references;
    }

    @Override
    public int householdCount() {
        return em.createQuery("select count(h) from Household h", Long.class).getSingleResult().intValue();
    }

    @Override
    public Optional<Household> householdByRef(String reference) {
        String[] parts = reference == null ? new String[0] : reference.strip().split("-");
        if (parts.length != 3) {
            return Optional.empty();
        }
        int unit;
        try {
            unit = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return em.createQuery("select h from Household h, BuildingUnit u, Building b where h.unitId = u.id"
                        + " and u.buildingId = b.id and b.code = :building and u.number = :unit and h.room = :room", Household.class)
                .setParameter("building", parts[0]).setParameter("unit", unit).setParameter("room", parts[2])
                .getResultStream().findFirst();
    }

    @Override
    public void add(org.weimin.grid.model.HouseholdContactRecord contact) {
        em.persist(contact);
    }

    @Override
    public List<org.weimin.grid.model.HouseholdContactRecord> contactsSince(java.time.LocalDate since) {
        return em.createQuery("select c from HouseholdContactRecord c where c.contactDate >= :since order by c.contactDate desc",
                org.weimin.grid.model.HouseholdContactRecord.class).setParameter("since", since).getResultList();
    }
}
