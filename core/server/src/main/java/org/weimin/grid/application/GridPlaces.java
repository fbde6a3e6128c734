package org.weimin.grid.application;

import java.util.List;

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
}
