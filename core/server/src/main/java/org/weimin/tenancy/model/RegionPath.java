package org.weimin.tenancy.model;

/** Where a community sits administratively: city / district / sub-district (街道). */
public record RegionPath(String city, String district, String subDistrict) {

    public RegionPath {
        requireText(city, "city");
        requireText(district, "district");
        requireText(subDistrict, "subDistrict");
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
    }

    public String display() {
        return city + " / " + district + " / " + subDistrict;
    }
}
