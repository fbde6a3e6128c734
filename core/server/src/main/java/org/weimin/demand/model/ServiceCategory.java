package org.weimin.demand.model;

/** What area of everyday life a need belongs to. */
public enum ServiceCategory {
    ELDERLY, CHILDREN, ENVIRONMENT, SAFETY, FACILITIES, HEALTH, CULTURE, EMPLOYMENT, DISPUTES, PARKING
}
