package org.weimin.evaluation.model;

/** How satisfied a resident is with the way their need was resolved. */
public enum Satisfaction {
    /** 满意 */
    SATISFIED,
    /** 基本满意 */
    BASICALLY_SATISFIED,
    /** 不满意: offered to staff for a return visit */
    DISSATISFIED
}
