package org.weimin.demand.model;

public enum Urgency {
    NORMAL,
    URGENT
}
