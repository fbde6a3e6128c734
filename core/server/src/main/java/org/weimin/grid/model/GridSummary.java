package org.weimin.grid.model;

/** One grid with how much it holds, as the community home page shows it. */
public record GridSummary(String code, String name, long buildings, long households, long residents) {
}
