package org.weimin.spi.evaluation;

/** What an evaluation method evaluates. */
public enum EvaluationSubject {
    /** One resolved need. */
    DEMAND,
    /** One micro-project. */
    PROJECT,
    /** A whole community over a period. */
    COMMUNITY_PERIOD
}
