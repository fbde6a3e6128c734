package org.weimin.grid.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.weimin.grid.model.GridRepository;
import org.weimin.identity.model.AccountRepository;
import org.weimin.identity.model.Caller;
import org.weimin.identity.model.CommunityAccess;
import org.weimin.tenancy.application.CommunityNotFoundException;
import org.weimin.tenancy.application.TenantScope;
import org.weimin.tenancy.model.Community;
import org.weimin.tenancy.model.CommunityId;
import org.weimin.tenancy.model.CommunityRepository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Read access to a community and its grid for a caller. A caller without access gets
 * {@link CommunityNotFoundException}, exactly as for a community that does not exist.
 */
@ApplicationScoped
public class CommunityGrid {

    @Inject
    Reads reads;

    public CommunityHome home(String community, Caller caller) {
        CommunityId id = accessible(community);
        return TenantScope.callAs(id, () -> reads.home(id, caller));
    }

    public List<CommunityHome.BuildingView> buildingsOfGrid(String community, Caller caller, String gridCode) {
        CommunityId id = accessible(community);
        return TenantScope.callAs(id, () -> reads.buildingsOfGrid(id, caller, gridCode));
    }

    private static CommunityId accessible(String community) {
        if (!CommunityId.isValid(community)) {
            throw new CommunityNotFoundException(community);
        }
        return new CommunityId(community);
    }

    /** The transactional reads, entered with the community's scope already set. */
    @ApplicationScoped
    public static class Reads {

        @Inject
        CommunityRepository communities;

        @Inject
        GridRepository grid;

        @Inject
        AccountRepository accounts;

        @Transactional
        public CommunityHome home(CommunityId id, Caller caller) {
            Community community = check(id, caller);
            CommunityAccess access = caller.accessTo(community);
            List<String> myGrids = List.of();
            if (access == CommunityAccess.MEMBER) {
                Optional<UUID> accountId = accounts.findByUsername(caller.username()).map(a -> a.id());
                List<UUID> assigned = accountId.map(accounts::assignedGridIds).orElse(List.of());
                myGrids = grid.grids().stream().filter(g -> assigned.contains(g.id())).map(g -> g.code()).toList();
            }
            return new CommunityHome(community, access, caller, grid.summaries(), caller.permissions(), myGrids);
        }

        @Transactional
        public List<CommunityHome.BuildingView> buildingsOfGrid(CommunityId id, Caller caller, String gridCode) {
            check(id, caller);
            var found = grid.gridByCode(gridCode)
                    .orElseThrow(() -> new GridPlaceNotFoundException("no grid '" + gridCode + "' in this community"));
            var counts = grid.buildingCounts(found.id());
            return grid.buildingsOf(found.id()).stream().map(b -> {
                long[] count = counts.getOrDefault(b.id(), new long[2]);
                return new CommunityHome.BuildingView(b.id(), b.code(), b.name(), b.floors(), count[0], count[1]);
            }).toList();
        }

        private Community check(CommunityId id, Caller caller) {
            Community community = communities.find(id).orElseThrow(() -> new CommunityNotFoundException(id.value()));
            if (!caller.accessTo(community).canRead()) {
                throw new CommunityNotFoundException(id.value());
            }
            return community;
        }
    }
}
