package org.weimin.wish.model;

/**
 * How a wish is taken on, which follows from who claims it: a cadre pairs with the household (连心解忧), a
 * volunteer or volunteer team gives aid (志愿互助), a village or unit pairs with the community (联村结对), a
 * merchant links with residents (商居联动). The names are those of the plugin SPI's resolution modes.
 */
public enum ClaimMode {
    HEART_TO_HEART, VOLUNTEER_MUTUAL_AID, VILLAGE_PAIRING, MERCHANT_RESIDENT_LINKAGE
}
