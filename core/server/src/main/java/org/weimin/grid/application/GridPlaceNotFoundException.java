package org.weimin.grid.application;

/** A grid, building or household that the community does not have. */
public class GridPlaceNotFoundException extends RuntimeException {

    public GridPlaceNotFoundException(String message) {
        super(message);
    }
}
