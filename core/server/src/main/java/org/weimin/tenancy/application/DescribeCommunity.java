package org.weimin.tenancy.application;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;

import org.weimin.tenancy.model.Community;
import org.weimin.tenancy.model.CommunityId;
import org.weimin.tenancy.model.CommunityRepository;
import org.weimin.tenancy.model.Population;
import org.weimin.tenancy.model.RegionPath;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** A community described by its configuration file: registered when new, its description updated when not. */
@ApplicationScoped
public class DescribeCommunity {

    @Inject
    CommunityRepository communities;

    @Inject
    Clock clock;

    @Transactional
    public void describe(CommunityId id, String nameZh, String nameEn, RegionPath region, Locale locale, ZoneId timeZone,
                         Population population) {
        communities.find(id).ifPresentOrElse(
                community -> community.describe(nameZh, nameEn, region, locale, timeZone, population, clock.instant()),
                () -> communities.add(new Community(id, nameZh, nameEn, region, locale, timeZone, population, clock.instant())));
    }
}
