package org.weimin.grid.model;

import java.util.UUID;

/** A resident (居民) registered in a household. */
public class Resident {

    private String tenantId;
    private UUID id;
    private UUID householdId;
    private String name;
    private Gender gender;
    private int birthYear;
    private String phone;
    private long version;

    protected Resident() {
    }

    public Resident(UUID householdId, String name, Gender gender, int birthYear, String phone) {
        if (householdId == null) {
            throw new IllegalArgumentException("a resident belongs to a household");
        }
        if (name == null || name.isBlank() || name.length() > 50) {
            throw new IllegalArgumentException("a resident's name is 1-50 characters");
        }
        if (birthYear < 1900 || birthYear > 2100) {
            throw new IllegalArgumentException("birth year out of range: " + birthYear);
        }
        this.id = UUID.randomUUID();
        this.householdId = householdId;
        this.name = name.strip();
        this.gender = gender;
        this.birthYear = birthYear;
        this.phone = phone;
    }

    public UUID id() {
        return id;
    }

    public UUID householdId() {
        return householdId;
    }

    public String name() {
        return name;
    }

    public Gender gender() {
        return gender;
    }

    public int birthYear() {
        return birthYear;
    }

    public String phone() {
        return phone;
    }
}
