package org.weimin.grid.model;

public enum Gender {
    FEMALE,
    MALE
}
