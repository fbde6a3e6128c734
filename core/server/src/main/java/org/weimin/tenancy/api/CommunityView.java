package org.weimin.tenancy.api;

import org.weimin.tenancy.model.Community;
import org.weimin.tenancy.model.CommunityStatus;

/** A community as the platform registry shows it. */
public record CommunityView(String id, String nameZh, String nameEn, String city, String district,
                            String subDistrict, String locale, String timeZone, CommunityStatus status,
                            int households, int residents) {

    public static CommunityView of(Community c) {
        return new CommunityView(c.id().value(), c.nameZh(), c.nameEn(), c.region().city(), c.region().district(),
                c.region().subDistrict(), c.locale().toLanguageTag(), c.timeZone().getId(), c.status(),
                c.population().households(), c.population().residents());
    }

    /** What anyone may see of an active community, to choose where to sign in. */
    public record Public(String id, String nameZh, String nameEn, String city, String district, String subDistrict) {
        public static Public of(Community c) {
            return new Public(c.id().value(), c.nameZh(), c.nameEn(), c.region().city(), c.region().district(),
                    c.region().subDistrict());
        }
    }
}
