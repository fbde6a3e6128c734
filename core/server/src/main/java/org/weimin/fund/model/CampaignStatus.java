package org.weimin.fund.model;

/** Where a crowdfunding campaign (众筹) stands. */
public enum CampaignStatus {
    /** Taking donations until its target is reached or its deadline passes. */
    OPEN,
    /** The target was reached: the money waits in the campaign for the project's approval. */
    FUNDED,
    /** The project's approval took the money into the project's account. */
    TAKEN,
    /** The deadline passed short of the target: every donation and its match went back. */
    MISSED,
    /** The project was refused: every donation and its match went back. */
    CANCELLED
}
