package org.weimin.evaluation.model;

/** A round collects answers until the cadre closes it; closing scores it, publishes the board and feeds the next round. */
public enum RoundStatus {
    COLLECTING, CLOSED
}
