package org.weimin.grid.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.weimin.grid.model.GridRepository;
import org.weimin.identity.application.InCommunity;
import org.weimin.tenancy.model.CommunityId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The grids of the community in scope, by the codes and names people and plugins use. */
@ApplicationScoped
public class GridPlaces {

    public record Place(String code, String name) {
    }

    @Inject
    GridRepository grid;

    @InCommunity
    @Transactional
    public List<Place> all(CommunityId community) {
        return grid.grids().stream().map(g -> new Place(g.code(), g.name())).toList();
    }

    /** The grid a household belongs to, within a use case that opened the community's scope. */
    public Optional<Place> ofHousehold(UUID householdId) {
        return householdId == null ? Optional.empty() : grid.gridOfHousehold(householdId)
                .flatMap(id -> grid.grids().stream().filter(g -> g.id().equals(id)).findFirst())
                .map(g -> new Place(g.code(), g.name()));
    }
}
