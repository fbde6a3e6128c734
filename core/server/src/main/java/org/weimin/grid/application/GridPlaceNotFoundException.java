package org.weimin.grid.application;

import org.weimin.shared.NotFoundException;

/** A grid, building or household that the community does not have. */
public class GridPlaceNotFoundException extends NotFoundException {

    public GridPlaceNotFoundException(String message) {
        super(message);
    }
}
