package org.weimin.grid.application;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.weimin.grid.model.GridSummary;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.CommunityAccess;
import org.weimin.identity.model.Permission;
import org.weimin.tenancy.model.Community;

/**
 * Everything the community home page shows: the community, its grid, and who is looking.
 *
 * @param myGridWorkers for a resident, the grid workers of the grid their household is in, to call on
 */
public record CommunityHome(Community community, CommunityAccess access, Caller caller, List<GridSummary> grids,
                            Set<Permission> permissions, List<String> myGridCodes,
                            List<org.weimin.identity.application.CommunityPeople.Person> myGridWorkers) {

    public long households() {
        return grids.stream().mapToLong(GridSummary::households).sum();
    }

    public long residents() {
        return grids.stream().mapToLong(GridSummary::residents).sum();
    }

    public long buildings() {
        return grids.stream().mapToLong(GridSummary::buildings).sum();
    }

    /** A building of one grid, as its detail lists it. */
    public record BuildingView(UUID id, String code, String name, int floors, long units, long households) {
    }
}
