package org.weimin.tenancy.model;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * A community (社区): the tenant. Everything a community owns carries its id; the community itself
 * is platform-level data that the platform administrator manages.
 */
public class Community {

    private String id;
    private String nameZh;
    private String nameEn;
    private String city;
    private String district;
    private String subDistrict;
    private String locale;
    private String timeZone;
    private CommunityStatus status;
    private int households;
    private int residents;
    private Instant createdAt;
    private Instant updatedAt;
    private long version;

    protected Community() {
    }

    public Community(CommunityId id, String nameZh, String nameEn, RegionPath region,
                     Locale locale, ZoneId timeZone, Population population, Instant now) {
        this.id = Objects.requireNonNull(id, "id").value();
        this.status = CommunityStatus.ACTIVE;
        this.createdAt = now;
        describe(nameZh, nameEn, region, locale, timeZone, population, now);
    }

    /** Replaces the descriptive fields; used when a configuration file is applied again. */
    public final void describe(String nameZh, String nameEn, RegionPath region, Locale locale,
                               ZoneId timeZone, Population population, Instant now) {
        if (nameZh == null || nameZh.isBlank()) {
            throw new IllegalArgumentException("a community needs a Chinese name");
        }
        this.nameZh = nameZh.strip();
        this.nameEn = nameEn == null || nameEn.isBlank() ? this.nameZh : nameEn.strip();
        Objects.requireNonNull(region, "region");
        this.city = region.city();
        this.district = region.district();
        this.subDistrict = region.subDistrict();
        this.locale = Objects.requireNonNull(locale, "locale").toLanguageTag();
        this.timeZone = Objects.requireNonNull(timeZone, "timeZone").getId();
        Objects.requireNonNull(population, "population");
        this.households = population.households();
        this.residents = population.residents();
        this.updatedAt = now;
    }

    public void suspend(Instant now) {
        if (status == CommunityStatus.SUSPENDED) {
            throw new IllegalStateException("community " + id + " is already suspended");
        }
        status = CommunityStatus.SUSPENDED;
        updatedAt = now;
    }

    public void activate(Instant now) {
        if (status == CommunityStatus.ACTIVE) {
            throw new IllegalStateException("community " + id + " is already active");
        }
        status = CommunityStatus.ACTIVE;
        updatedAt = now;
    }

    public boolean isActive() {
        return status == CommunityStatus.ACTIVE;
    }

    public CommunityId id() {
        return new CommunityId(id);
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public String name(Locale displayLocale) {
        return "zh".equals(displayLocale.getLanguage()) ? nameZh : nameEn;
    }

    public RegionPath region() {
        return new RegionPath(city, district, subDistrict);
    }

    public Locale locale() {
        return Locale.forLanguageTag(locale);
    }

    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }

    public CommunityStatus status() {
        return status;
    }

    public Population population() {
        return new Population(households, residents);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
