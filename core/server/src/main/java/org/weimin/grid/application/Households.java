package org.weimin.grid.application;

import java.util.Optional;
import java.util.UUID;

import org.weimin.grid.model.GridRepository;
import org.weimin.grid.model.Household;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The registered households of the community in scope, as other contexts name them (building-unit-room). */
@ApplicationScoped
public class Households {

    @Inject
    GridRepository grid;

    /** The household a reference such as "5-1-302" names, if the community registered it. */
    public Optional<UUID> idOf(String reference) {
        return grid.householdByRef(reference).map(Household::id);
    }

    /** Every registered household with its reference, in building, unit and room order. */
    public java.util.Map<UUID, String> all() {
        return grid.householdReferences();
    }

    public int count() {
        return grid.householdCount();
    }

    public Optional<String> reference(UUID householdId) {
        return grid.householdReference(householdId);
    }
}
