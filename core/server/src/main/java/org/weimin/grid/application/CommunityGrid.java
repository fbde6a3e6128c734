package org.weimin.grid.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.weimin.grid.model.GridRepository;
import org.weimin.identity.application.InCommunity;
import org.weimin.identity.application.CommunityPeople;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.CommunityAccess;
import org.weimin.tenancy.model.Community;
import org.weimin.tenancy.model.CommunityId;
import org.weimin.tenancy.application.CommunityDirectory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** A community and its grid as a caller who may read the community sees them. */
@ApplicationScoped
public class CommunityGrid {

    @Inject
    CommunityDirectory communities;

    @Inject
    GridRepository grid;

    @Inject
    CommunityPeople people;

    @InCommunity
    @Transactional
    public CommunityHome home(CommunityId id, Caller caller) {
        Community community = communities.find(id).orElseThrow();
        CommunityAccess access = caller.accessTo(community);
        List<String> myGrids = List.of();
        List<CommunityPeople.Person> myGridWorkers = List.of();
        if (access == CommunityAccess.MEMBER) {
            Optional<CommunityPeople.Person> me = people.byUsername(caller.username());
            List<UUID> assigned = me.map(CommunityPeople.Person::accountId).map(people::assignedGridIds).orElse(List.of());
            myGrids = grid.grids().stream().filter(g -> assigned.contains(g.id())).map(g -> g.code()).toList();
            myGridWorkers = me.map(CommunityPeople.Person::householdId).flatMap(grid::gridOfHousehold)
                    .map(people::gridWorkersOf).orElse(List.of());
        }
        return new CommunityHome(community, access, caller, grid.summaries(), caller.permissions(), myGrids, myGridWorkers);
    }

    @InCommunity
    @Transactional
    public List<CommunityHome.BuildingView> buildingsOfGrid(CommunityId id, Caller caller, String gridCode) {
        var found = grid.gridByCode(gridCode)
                .orElseThrow(() -> new GridPlaceNotFoundException("no grid '" + gridCode + "' in this community"));
        var counts = grid.buildingCounts(found.id());
        return grid.buildingsOf(found.id()).stream().map(b -> {
            long[] count = counts.getOrDefault(b.id(), new long[2]);
            return new CommunityHome.BuildingView(b.id(), b.code(), b.name(), b.floors(), count[0], count[1]);
        }).toList();
    }
}
