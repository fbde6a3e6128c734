package org.weimin.tenancy.model;

/** Declared population, used to normalise comparisons between communities of different sizes. */
public record Population(int households, int residents) {

    public Population {
        if (households < 0 || residents < 0) {
            throw new IllegalArgumentException("population figures cannot be negative");
        }
        if (residents < households) {
            throw new IllegalArgumentException("a community cannot have fewer residents than households");
        }
    }
}
