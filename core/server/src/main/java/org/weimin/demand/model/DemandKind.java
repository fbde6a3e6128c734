package org.weimin.demand.model;

/** The three kinds a need is classified as, each resolved through its own track. */
public enum DemandKind {
    /** 微心愿: a small personal wish, claimed and fulfilled by a volunteer, merchant or organisation. */
    WISH,
    /** 微事务: a matter the community handles itself. */
    AFFAIR,
    /** 微项目: a need that takes a project and money. */
    PROJECT
}
