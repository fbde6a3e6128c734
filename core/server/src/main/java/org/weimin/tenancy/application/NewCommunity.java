package org.weimin.tenancy.application;

/** What a platform administrator types to create a community. */
public record NewCommunity(String id, String nameZh, String nameEn, String city, String district,
                           String subDistrict, String locale, String timeZone, Integer households, Integer residents) {
}
