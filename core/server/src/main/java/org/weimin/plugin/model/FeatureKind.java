package org.weimin.plugin.model;

/** The extension points a plugin feature can implement. */
public enum FeatureKind {
    ORGANIZATION_TYPE,
    EVALUATION_METHOD,
    INTAKE_CHANNEL,
    PAYMENT_CHANNEL
}
