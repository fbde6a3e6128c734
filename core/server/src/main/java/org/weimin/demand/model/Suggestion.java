package org.weimin.demand.model;

/**
 * The classifier's guess at a need's kind and category, for staff to confirm or override with one click.
 *
 * @param confidence 0 to 1
 * @param reason the words that weighed most, in plain language
 */
public record Suggestion(DemandKind kind, ServiceCategory category, double confidence, String reason) {
}
